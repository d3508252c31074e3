package org.scorelink.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Communication 2.8: the About resource lists the supported versions and needs no credential. */
class AboutIT {

    private static final String BASE = System.getProperty("scorelink.test.url", "http://localhost:9180");

    @Test
    void aboutListsBothVersionsWithoutAuthentication() throws Exception {
        var response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(BASE + "/xapi/about")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"1.0.3\""), response.body());
        assertTrue(response.body().contains("\"2.0.0\""), response.body());
        assertTrue(response.headers().firstValue("X-Experience-API-Version").isPresent());
    }
}
