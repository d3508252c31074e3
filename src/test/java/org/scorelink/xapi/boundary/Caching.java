package org.scorelink.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Checks of ETag, Last-Modified, conditional GET and HEAD for the computed resources (Activities, Agents):
 * Communication 3.1.s4.b1-b4 and 1.1.s3.b1, IEEE 9274.1.1 4.1.4, RFC 9110 13.1.2, 13.1.3, 13.2.2.
 */
final class Caching {

    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private Caching() {
    }

    static HttpResponse<String> get(LrsClient lrs, String pathAndQuery, Map<String, String> headers) {
        HttpRequest.Builder b = lrs.request(pathAndQuery).GET();
        headers.forEach(b::header);
        return LrsClient.send(b);
    }

    static HttpResponse<String> head(LrsClient lrs, String pathAndQuery, Map<String, String> headers) {
        HttpRequest.Builder b = lrs.request(pathAndQuery).method("HEAD", HttpRequest.BodyPublishers.noBody());
        headers.forEach(b::header);
        return LrsClient.send(b);
    }

    static String etag(HttpResponse<?> r) {
        return r.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + r.headers()));
    }

    /** 3.1.s4.b1, b2, b4: a quoted lowercase hex SHA-1 of the body. */
    static void assertEtagIsSha1OfBody(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        try {
            String sha1 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(r.body().getBytes(StandardCharsets.UTF_8)));
            assertEquals("\"" + sha1 + "\"", etag(r));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored time of a statement as an HTTP-date (whole seconds), i.e. what Last-Modified must say. */
    static String lastModified(LrsClient lrs, String statementId) {
        Instant stored = Instant.parse(lrs.statement(statementId).getString("stored"));
        return HTTP_DATE.format(stored.truncatedTo(ChronoUnit.SECONDS));
    }

    private static String minusOneSecond(String httpDate) {
        return HTTP_DATE.format(ZonedDateTime.parse(httpDate, HTTP_DATE.withZone(ZoneOffset.UTC)).minusSeconds(1));
    }

    /**
     * The resource at {@code pathAndQuery} changed with statement {@code newestId} (the newest that mentions it)
     * since {@code before} was fetched: checks its validators and every conditional and HEAD answer.
     */
    static void assertValidators(LrsClient lrs, String pathAndQuery, String newestId, HttpResponse<String> before) {
        HttpResponse<String> r = get(lrs, pathAndQuery, Map.of());
        assertEtagIsSha1OfBody(r);
        String etag = etag(r);
        assertNotEquals(etag(before), etag, "a changed representation has a new ETag");
        String modified = r.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(lastModified(lrs, newestId), modified, "Last-Modified: stored time of the newest statement");

        assertNotModified(get(lrs, pathAndQuery, Map.of("If-None-Match", etag)), etag, modified);
        assertNotModified(get(lrs, pathAndQuery, Map.of("If-None-Match", "\"other\", W/" + etag)), etag, modified);
        assertNotModified(get(lrs, pathAndQuery, Map.of("If-None-Match", "*")), etag, modified);
        assertEquals(200, get(lrs, pathAndQuery, Map.of("If-None-Match", etag(before))).statusCode(), "stale ETag");
        assertNotModified(get(lrs, pathAndQuery, Map.of("If-Modified-Since", modified)), etag, modified);
        assertEquals(200, get(lrs, pathAndQuery, Map.of("If-Modified-Since", minusOneSecond(modified))).statusCode());
        assertEquals(200, get(lrs, pathAndQuery, Map.of("If-None-Match", etag(before), "If-Modified-Since", modified))
                .statusCode(), "RFC 9110 13.2.2: If-None-Match takes precedence over If-Modified-Since");

        HttpResponse<String> head = head(lrs, pathAndQuery, Map.of());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body(), "1.1.s3.b1.b1: no body");
        assertEquals(etag, etag(head));
        assertEquals(modified, head.headers().firstValue("Last-Modified").orElseThrow());
        assertEquals(304, head(lrs, pathAndQuery, Map.of("If-None-Match", etag)).statusCode());

        HttpResponse<String> cors = get(lrs, pathAndQuery, Map.of("Origin", CorsIT.ALLOWED));
        String exposed = cors.headers().firstValue("Access-Control-Expose-Headers").orElse("");
        assertTrue(exposed.contains("ETag") && exposed.contains("Last-Modified"), exposed);
    }

    private static void assertNotModified(HttpResponse<String> r, String etag, String modified) {
        assertEquals(304, r.statusCode(), r.body());
        assertEquals("", r.body());
        assertEquals(etag, etag(r));
        assertEquals(modified, r.headers().firstValue("Last-Modified").orElseThrow());
        assertTrue(r.headers().firstValue("X-Experience-API-Version").isPresent());
    }
}
