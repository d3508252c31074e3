package org.scorelink.scorecard.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.scorelink.xapi.boundary.LrsClient;

/**
 * A test-side client of the scorecard admin API over real HTTP: one credential per instance, created through
 * {@code POST /api/admin/clients} in a store of the test's choosing, so tests never share a scorecard. The credential
 * and the HTTP plumbing are {@link LrsClient}'s; this adds the scorecard requests (reason, If-Match, no xAPI header).
 */
final class AdminApi {

    static final String BASE = LrsClient.BASE;
    static final String SCORECARD = "/api/admin/scorecard";

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
        return LrsClient.newStore(prefix);
    }

    /** An admin client in a new store of its own. */
    static AdminApi fresh(String prefix) {
        return create(newStore(prefix), "scorelink/admin");
    }

    /** A client of {@code store} with these scopes, created by the bootstrap admin; its name is the author. */
    static AdminApi create(String store, String... scopes) {
        LrsClient c = LrsClient.create(store, scopes);
        return new AdminApi(c.key, c.secret, store, c.authority.getString("name"));
    }

    static String basic(String key, String secret) {
        return LrsClient.basic(key, secret);
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
        HttpResponse<String> r = LrsClient.send(request);
        return new Reply(r.statusCode(), r);
    }

    static JsonValue json(String text) {
        return LrsClient.json(text);
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
