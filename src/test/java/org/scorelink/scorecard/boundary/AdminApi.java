package org.scorelink.scorecard.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/**
 * A test-side client of the scorecard admin API over real HTTP: one credential per instance, created through
 * {@code POST /api/admin/clients} in a store of the test's choosing, so tests never share a scorecard.
 */
final class AdminApi {

    static final String BASE = System.getProperty("scorelink.test.url", "http://localhost:9180");
    static final String SCORECARD = "/api/admin/scorecard";
    private static final String ADMIN_KEY = System.getProperty("scorelink.test.admin.key", "admin");
    private static final String ADMIN_SECRET = System.getProperty("scorelink.test.admin.secret", "it-admin-secret");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** An HTTP answer. */
    record Reply(int status, HttpResponse<String> raw) {
        String body() {
            return raw.body();
        }

        JsonObject object() {
            return json(raw.body()).asJsonObject();
        }

        JsonArray array() {
            return json(raw.body()).asJsonArray();
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    final String key;
    final String secret;
    final String store;
    final String name;

    private AdminApi(String key, String secret, String store, String name) {
        this.key = key;
        this.secret = secret;
        this.store = store;
        this.name = name;
    }

    /** A fresh store name, unique to this test run. */
    static String newStore(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** An admin client in a new store of its own. */
    static AdminApi fresh(String prefix) {
        return create(newStore(prefix), "scorelink/admin");
    }

    /** A client of {@code store} with these scopes, created by the bootstrap admin. */
    static AdminApi create(String store, String... scopes) {
        var scopeArray = Json.createArrayBuilder();
        for (String s : scopes) {
            scopeArray.add(s);
        }
        String name = "admin of " + store;
        String body = Json.createObjectBuilder().add("name", name).add("store", store).add("scopes", scopeArray)
                .build().toString();
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(BASE + "/api/admin/clients"))
                .header("Authorization", basic(ADMIN_KEY, ADMIN_SECRET))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(201, r.statusCode(), () -> "creating a client: " + r.body());
        JsonObject o = json(r.body()).asJsonObject();
        return new AdminApi(o.getString("key"), o.getString("secret"), store, name);
    }

    static String basic(String key, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** A request to {@code path} (below {@link #BASE}) with this credential. */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", basic(key, secret));
    }

    Reply get(String path) {
        return reply(request(path).GET());
    }

    /** GET, asserting 200. */
    JsonObject getObject(String path) {
        Reply r = get(path);
        assertEquals(200, r.status(), () -> "GET " + path + ": " + r);
        return r.object();
    }

    /** PUT or POST a body with a Content-Type and, when not null, a reason and an If-Match. */
    Reply send(String method, String path, String contentType, String body, String reason, String ifMatch) {
        HttpRequest.Builder b = request(path).method(method, HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (reason != null) {
            b.header("X-Scorelink-Reason", reason);
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return reply(b);
    }

    Reply put(String path, String contentType, String body, String reason) {
        return send("PUT", path, contentType, body, reason, null);
    }

    /** PUT a JSON element or scorecard with a reason. */
    Reply putJson(String path, JsonValue body, String reason) {
        return put(path, "application/json", body.toString(), reason);
    }

    Reply delete(String path, String reason) {
        HttpRequest.Builder b = request(path).DELETE();
        if (reason != null) {
            b.header("X-Scorelink-Reason", reason);
        }
        return reply(b);
    }

    /** The current version number. */
    int version() {
        return getObject(SCORECARD).getInt("version");
    }

    static Reply reply(HttpRequest.Builder request) {
        HttpResponse<String> r = send(request);
        return new Reply(r.statusCode(), r);
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonValue json(String text) {
        try (var r = Json.createReader(new StringReader(text))) {
            return r.readValue();
        }
    }

    /** A file of lrs-fixtures/scorecard (the tests run in the project folder). */
    static Path fixture(String name) {
        return Path.of("lrs-fixtures", "scorecard", name).toAbsolutePath();
    }

    static String fixtureText(String name) {
        try {
            return Files.readString(fixture(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
