package org.scorelink.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorelink.xapi.boundary.Stmts.agent;
import static org.scorelink.xapi.boundary.Stmts.statement;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * CORS on {@code /xapi/**}, header by header. The integration-test server allows {@value #ALLOWED},
 * {@code https://lms.example.com} and {@link BrowserClientsIT}'s page origin
 * ({@code scorelink.xapi.cors.allowed-origins} in pom.xml); the stores here have no list of their own, so that
 * LRS-wide list applies ({@link CorsTenantIT} covers per-store lists); what a real browser makes of these
 * headers is {@link BrowserClientsIT}'s part.
 */
@DisplayName("CORS for browser-launched content")
class CorsIT {

    static final String ALLOWED = "https://content.example.com";
    static final String REFUSED = "https://evil.example.org";

    private final LrsClient lrs = LrsClient.fresh("cors");

    @Test
    @DisplayName("preflight from an allowed origin: 2xx with origin, methods, headers, max-age, Vary; no credentials")
    void preflightAllowed() {
        HttpResponse<String> r = preflight("/xapi/statements", ALLOWED);
        assertTrue(r.statusCode() == 200 || r.statusCode() == 204, () -> r.statusCode() + " " + r.body());
        assertEquals(ALLOWED, header(r, "Access-Control-Allow-Origin"));
        for (String m : List.of("get", "head", "put", "post", "delete", "options")) {
            assertTrue(list(r, "Access-Control-Allow-Methods").contains(m), m);
        }
        for (String h : List.of("authorization", "content-type", "x-experience-api-version", "if-match",
                "if-none-match")) {
            assertTrue(list(r, "Access-Control-Allow-Headers").contains(h), h);
        }
        assertTrue(Integer.parseInt(header(r, "Access-Control-Max-Age")) > 0);
        assertTrue(list(r, "Vary").contains("origin"), () -> "Vary: " + r.headers().allValues("Vary"));
        assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(),
                "credentials are explicit headers, never cookies");
    }

    @Test
    @DisplayName("preflight works on any /xapi path, even one no resource serves yet, and needs no credentials")
    void preflightAnyXapiPath() {
        HttpResponse<String> r = preflight("/xapi/activities/state?stateId=x", "https://lms.example.com");
        assertTrue(r.statusCode() == 200 || r.statusCode() == 204, () -> r.statusCode() + " " + r.body());
        assertEquals("https://lms.example.com", header(r, "Access-Control-Allow-Origin"));
        assertTrue(list(r, "Access-Control-Allow-Methods").contains("put"));
    }

    @Test
    @DisplayName("preflight from a refused origin: no CORS headers")
    void preflightRefused() {
        HttpResponse<String> r = preflight("/xapi/statements", REFUSED);
        assertNoCors(r);
    }

    @Test
    @DisplayName("200 to an allowed origin carries Allow-Origin and exposes ETag, Last-Modified and the xAPI headers")
    void actualResponseAllowed() {
        UUID id = UUID.randomUUID();
        assertEquals(204, lrs.put(id, statement(agent("cors-" + Stmts.tag()), "http://example.com/v",
                "http://example.com/a").build()).statusCode());
        HttpResponse<String> r = LrsClient.send(lrs.request("/xapi/statements?statementId=" + id)
                .header("Origin", ALLOWED).GET());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(ALLOWED, header(r, "Access-Control-Allow-Origin"));
        for (String h : List.of("etag", "last-modified", "x-experience-api-version",
                "x-experience-api-consistent-through")) {
            assertTrue(list(r, "Access-Control-Expose-Headers").contains(h), h);
        }
        assertTrue(list(r, "Vary").contains("origin"));
        assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
    }

    @Test
    @DisplayName("401 (no credentials) to an allowed origin still carries the CORS headers")
    void unauthorizedCarriesCors() {
        HttpResponse<String> r = LrsClient.send(HttpRequest.newBuilder(URI.create(LrsClient.BASE + "/xapi/statements"))
                .timeout(Duration.ofSeconds(30)).header("X-Experience-API-Version", "2.0.0")
                .header("Origin", ALLOWED).GET());
        assertEquals(401, r.statusCode(), r.body());
        assertEquals(ALLOWED, header(r, "Access-Control-Allow-Origin"));
        assertTrue(list(r, "Access-Control-Expose-Headers").contains("x-experience-api-version"));
    }

    @Test
    @DisplayName("400 (bad parameter) and 409-style errors to an allowed origin carry the CORS headers")
    void badRequestCarriesCors() {
        HttpResponse<String> r = LrsClient.send(lrs.request("/xapi/statements?nonsense=1").header("Origin", ALLOWED)
                .GET());
        assertEquals(400, r.statusCode(), r.body());
        assertEquals(ALLOWED, header(r, "Access-Control-Allow-Origin"));
        assertTrue(list(r, "Access-Control-Expose-Headers").contains("x-experience-api-consistent-through"));

        UUID id = UUID.randomUUID();
        String t = Stmts.tag();
        assertEquals(204, lrs.put(id, statement(agent("a-" + t), "http://example.com/v", "http://example.com/a")
                .build()).statusCode());
        HttpResponse<String> conflict = LrsClient.send(lrs.request("/xapi/statements?statementId=" + id)
                .header("Origin", ALLOWED).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(statement(agent("b-" + t), "http://example.com/v",
                        "http://example.com/a").build().toString())));
        assertEquals(409, conflict.statusCode(), conflict.body());
        assertEquals(ALLOWED, header(conflict, "Access-Control-Allow-Origin"));
    }

    @Test
    @DisplayName("a refused origin with a credential gets 403 without CORS headers, and nothing is processed")
    void actualResponseRefused() {
        HttpResponse<String> r = LrsClient.send(lrs.request("/xapi/statements?limit=1").header("Origin", REFUSED)
                .GET());
        assertEquals(403, r.statusCode(), r.body());
        assertTrue(r.body().contains(REFUSED), r.body());
        assertNoCors(r);
        UUID id = UUID.randomUUID();
        HttpResponse<String> put = LrsClient.send(lrs.request("/xapi/statements?statementId=" + id)
                .header("Origin", REFUSED).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(statement(agent("cors-" + Stmts.tag()), "http://example.com/v",
                        "http://example.com/a").build().toString())));
        assertEquals(403, put.statusCode(), put.body());
        assertEquals(404, lrs.get("statementId=" + id).statusCode(), "not stored");
    }

    @Test
    @DisplayName("origins match case-insensitively and without a trailing slash")
    void originNormalised() {
        HttpResponse<String> r = preflight("/xapi/statements", "HTTPS://Content.Example.com");
        assertEquals("HTTPS://Content.Example.com", header(r, "Access-Control-Allow-Origin"));
    }

    private static HttpResponse<String> preflight(String path, String origin) {
        return LrsClient.send(HttpRequest.newBuilder(URI.create(LrsClient.BASE + path)).timeout(Duration.ofSeconds(30))
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,x-experience-api-version")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    private static void assertNoCors(HttpResponse<String> r) {
        for (String name : r.headers().map().keySet()) {
            assertFalse(name.toLowerCase(Locale.ROOT).startsWith("access-control-"), () -> "unexpected " + name);
        }
    }

    private static String header(HttpResponse<String> r, String name) {
        return r.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name + " in "
                + r.headers().map()));
    }

    /** A comma-separated header's values, lower-cased and trimmed, across repeated header lines. */
    private static List<String> list(HttpResponse<String> r, String name) {
        return r.headers().allValues(name).stream().flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(v -> v.trim().toLowerCase(Locale.ROOT)).toList();
    }
}
