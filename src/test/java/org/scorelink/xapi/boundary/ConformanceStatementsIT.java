package org.scorelink.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorelink.xapi.boundary.LrsClient.params;
import static org.scorelink.xapi.boundary.Stmts.agent;
import static org.scorelink.xapi.boundary.Stmts.statement;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Statement resource behaviour the ADL LRS conformance suite checks and the other ITs did not: which error wins
 * when a request has several faults, methods a resource does not serve, and JSON that only looks complete.
 */
@DisplayName("Statement resource cases from the ADL conformance suite (Communication 2.1, 3.2, 3.3)")
class ConformanceStatementsIT {

    private final LrsClient lrs = LrsClient.fresh("conf");
    private final String t = Stmts.tag();
    private final JsonObject alice = agent("alice-" + t);
    private final String verb = "http://example.com/verbs/" + t + "/did";
    private final String act = "http://example.com/activities/" + t;

    private static HttpRequest.Builder bare(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(LrsClient.BASE + pathAndQuery)).timeout(Duration.ofSeconds(30));
    }

    @Test
    @DisplayName("3.3.s3.b4.1 / 3.3.s3.b7: without X-Experience-API-Version a statement request is 400 even "
            + "without credentials, with the version and Consistent-Through headers")
    void missingVersionBeatsMissingCredentials() {
        String body = statement(alice, verb, act).build().toString();
        List<HttpRequest.Builder> requests = List.of(
                bare("/xapi/statements"),
                bare("/xapi/statements?statementId=" + UUID.randomUUID()),
                bare("/xapi/statements").header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                bare("/xapi/statements?statementId=" + UUID.randomUUID()).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body)));
        for (HttpRequest.Builder request : requests) {
            HttpResponse<String> r = LrsClient.send(request);
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(StatementsIT.message(r).contains("X-Experience-API-Version"), r.body());
            assertEquals("2.0.0", r.headers().firstValue("X-Experience-API-Version").orElse(""));
            StatementsIT.assertHeaders(r);
        }
        assertTrue(lrs.ids(params("verb", verb)).isEmpty());
        // with a version header, missing credentials are still a 401
        HttpResponse<String> noAuth = LrsClient.send(bare("/xapi/statements").header("X-Experience-API-Version",
                "1.0.3"));
        assertEquals(401, noAuth.statusCode(), noAuth.body());
    }

    @Test
    @DisplayName("3.2: a method a resource does not serve is 405, with credentials or without")
    void methodNotAllowed() {
        String statements = "/xapi/statements?statementId=" + UUID.randomUUID();
        String activities = "/xapi/activities?activityId=" + act;
        for (HttpRequest.Builder request : List.of(
                bare(statements).DELETE(),
                bare(activities).DELETE(),
                bare(activities).PUT(HttpRequest.BodyPublishers.ofString("{}")),
                bare("/xapi/agents?agent=" + URLEncoder.encode(alice.toString(), StandardCharsets.UTF_8))
                        .POST(HttpRequest.BodyPublishers.ofString("{}")))) {
            HttpResponse<String> anonymous = LrsClient.send(request.copy().header("X-Experience-API-Version",
                    "1.0.1"));
            assertEquals(405, anonymous.statusCode(), anonymous.body());
            HttpResponse<String> authenticated = LrsClient.send(request.copy().header("X-Experience-API-Version",
                    "1.0.1").header("Authorization", LrsClient.basic(lrs.key, lrs.secret)));
            assertEquals(405, authenticated.statusCode(), authenticated.body());
        }
        // a method the resource serves still needs credentials
        assertEquals(401, LrsClient.send(bare(statements).header("X-Experience-API-Version", "1.0.3")).statusCode());
    }

    @Test
    @DisplayName("3.2.s2.b1 (RFC 8259 2): content after the JSON value is malformed JSON, 400, nothing stored")
    void contentAfterTheJson() {
        String s = statement(alice, verb, act).build().toString();
        for (String body : List.of(s + " x", s + " " + s, "[" + s + "]]", "[" + s + "] {}")) {
            HttpResponse<String> r = LrsClient.send(lrs.request("/xapi/statements")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
            assertEquals(400, r.statusCode(), body + ": " + r.body());
            assertTrue(StatementsIT.message(r).startsWith("body: not valid JSON"), r.body());
        }
        UUID id = UUID.randomUUID();
        HttpResponse<String> put = LrsClient.send(lrs.request("/xapi/statements?statementId=" + id)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(s + "}")));
        assertEquals(400, put.statusCode(), put.body());
        assertTrue(lrs.ids(params("verb", verb)).isEmpty());
    }

    @Test
    @DisplayName("Data 2.2.s2.b2: a property given twice in one object is 400, nothing stored")
    void duplicateProperty() {
        String twice = "{\"actor\":" + alice + ",\"verb\":{\"id\":\"" + verb + "\",\"id\":\"" + verb + "/2\"},"
                + "\"object\":{\"id\":\"" + act + "\"}}";
        HttpResponse<String> r = LrsClient.send(lrs.request("/xapi/statements")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(twice)));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(StatementsIT.message(r).contains("twice"), r.body());
        assertTrue(lrs.ids(params("activity", act)).isEmpty());
    }
}
