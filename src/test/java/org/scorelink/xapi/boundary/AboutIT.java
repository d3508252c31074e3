package org.scorelink.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorelink.xapi.boundary.LrsClient.json;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The About resource (Communication 2.8; xAPI 2.0 4.1.6.7): versions, no credential, any version header. */
@DisplayName("About resource (Communication 2.8)")
class AboutIT {

    private static HttpRequest.Builder about(String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(LrsClient.BASE + "/xapi/about"))
                .timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    private static List<String> versions(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        JsonObject o = json(r.body()).asJsonObject();
        return o.getJsonArray("version").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    @Test
    @DisplayName("2.8.s4, 2.8.s5.b1, 2.8.s5.b3: without credential or version header it lists the latest patch of each"
            + " major version, 1.0.3 and 2.0.0, and answers with a version header")
    void bothVersionsWithoutAuthentication() {
        HttpResponse<String> r = LrsClient.send(about().GET());
        assertEquals(List.of("1.0.3", "2.0.0"), versions(r));
        assertEquals("2.0.0", r.headers().firstValue("X-Experience-API-Version").orElse(""));
        JsonObject o = json(r.body()).asJsonObject();
        assertTrue(o.keySet().stream().allMatch(k -> k.equals("version") || k.equals("extensions")), o.toString());
    }

    @Test
    @DisplayName("2.8.s5.b1.b1, Data 2.4.10: asked as xAPI 1.0.x, it answers as a 1.0.3 LRS, whose version strings are"
            + " 0.9, 0.95 and 1.0.x only: [\"1.0.3\"]")
    void asOneZero() {
        HttpResponse<String> r = LrsClient.send(about("X-Experience-API-Version", "1.0.3").GET());
        assertEquals(List.of("1.0.3"), versions(r));
        assertEquals("1.0.3", r.headers().firstValue("X-Experience-API-Version").orElse(""));
        assertEquals(List.of("1.0.3"), versions(LrsClient.send(about("X-Experience-API-Version", "1.0.1").GET())));
    }

    @Test
    @DisplayName("2.0 4.1.6.7: asked as xAPI 2.0, the version list includes 2.0.0")
    void asTwoZero() {
        HttpResponse<String> r = LrsClient.send(about("X-Experience-API-Version", "2.0.0").GET());
        assertEquals(List.of("1.0.3", "2.0.0"), versions(r));
        assertEquals("2.0.0", r.headers().firstValue("X-Experience-API-Version").orElse(""));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0.95", "3.0.0", "banana"})
    @DisplayName("2.8.s5.b4: an unsupported version header is not a reason to reject")
    void anyVersionHeader(String version) {
        assertEquals(List.of("1.0.3", "2.0.0"), versions(LrsClient.send(about("X-Experience-API-Version", version)
                .GET())));
    }

    @Test
    @DisplayName("1.1.s3.b1: HEAD answers like GET without a body")
    void head() {
        HttpResponse<String> r = LrsClient.send(about("X-Experience-API-Version", "1.0.3")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().isEmpty());
        assertEquals("1.0.3", r.headers().firstValue("X-Experience-API-Version").orElse(""));
    }
}
