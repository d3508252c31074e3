package org.scorelink.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

/**
 * A test-side client of one Document Resource ({@code /xapi/activities/state}, {@code /xapi/activities/profile},
 * {@code /xapi/agents/profile}) for one credential and xAPI version.
 */
final class Docs {

    final LrsClient lrs;
    final String path;
    final String version;

    Docs(LrsClient lrs, String path, String version) {
        this.lrs = lrs;
        this.path = path;
        this.version = version;
    }

    HttpRequest.Builder request(Map<String, String> params, String... headers) {
        HttpRequest.Builder b = lrs.request(path + "?" + LrsClient.query(params))
                .setHeader("X-Experience-API-Version", version);
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    HttpResponse<String> put(Map<String, String> params, String contentType, String body, String... headers) {
        return LrsClient.send(request(params, headers).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> post(Map<String, String> params, String contentType, String body, String... headers) {
        return LrsClient.send(request(params, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> get(Map<String, String> params, String... headers) {
        return LrsClient.send(request(params, headers).GET());
    }

    HttpResponse<String> delete(Map<String, String> params, String... headers) {
        return LrsClient.send(request(params, headers).DELETE());
    }

    /** PUT, creating the document (If-None-Match: *), asserting 204. */
    void create(Map<String, String> params, String contentType, String body) {
        HttpResponse<String> r = put(params, contentType, body, "If-None-Match", "*");
        assertEquals(204, r.statusCode(), () -> "PUT " + params + ": " + r.body());
    }

    /** GET a single document, asserting 200. */
    HttpResponse<String> fetch(Map<String, String> params) {
        HttpResponse<String> r = get(params);
        assertEquals(200, r.statusCode(), () -> "GET " + params + ": " + r.body());
        return r;
    }

    static String etag(HttpResponse<?> r) {
        return r.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag"));
    }

    static String sha1(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
