package org.scorelink.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A test-side xAPI client over real HTTP. Each instance is one LRS credential created through the admin API
 * ({@code POST /api/admin/clients}), in a store of the test's choosing, so tests never share data. Public, with the
 * credential and the HTTP plumbing ({@link #create}, {@link #send}, {@link #json}, {@link #basic}), for the other
 * components' integration tests.
 */
public final class LrsClient {

    public static final String BASE = System.getProperty("scorelink.test.url", "http://localhost:9180");
    static final String VERSION = "2.0.0";
    private static final String ADMIN_KEY = System.getProperty("scorelink.test.admin.key", "admin");
    private static final String ADMIN_SECRET = System.getProperty("scorelink.test.admin.secret", "it-admin-secret");

    /** HTTP/1.1 only: no h2c upgrade dance, plain keep-alive connections. */
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public final String key;
    public final String secret;
    public final String store;
    public final JsonObject authority;

    private LrsClient(String key, String secret, String store, JsonObject authority) {
        this.key = key;
        this.secret = secret;
        this.store = store;
        this.authority = authority;
    }

    /** A fresh store name, unique to this test run. */
    public static String newStore(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** A credential in a new store of its own with scope {@code all}. */
    static LrsClient fresh(String prefix) {
        return create(newStore(prefix), "all");
    }

    /** Creates a credential through the admin API. */
    public static LrsClient create(String store, String... scopes) {
        var scopeArray = Json.createArrayBuilder();
        for (String s : scopes) {
            scopeArray.add(s);
        }
        String body = Json.createObjectBuilder().add("name", "it " + store).add("store", store)
                .add("scopes", scopeArray).build().toString();
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(BASE + "/api/admin/clients"))
                .header("Authorization", basic(ADMIN_KEY, ADMIN_SECRET))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(201, r.statusCode(), () -> "creating a client: " + r.body());
        JsonObject o = json(r.body()).asJsonObject();
        return new LrsClient(o.getString("key"), o.getString("secret"), store, o.getJsonObject("authority"));
    }

    public static String basic(String key, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** A request to {@code pathAndQuery} (starting with /) with this credential and the xAPI version header. */
    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(BASE + pathAndQuery)).timeout(Duration.ofSeconds(60))
                .header("Authorization", basic(key, secret))
                .header("X-Experience-API-Version", VERSION);
    }

    HttpResponse<String> post(JsonValue statements) {
        return send(request("/xapi/statements").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(statements.toString())));
    }

    HttpResponse<String> put(UUID id, JsonValue statement) {
        return send(request("/xapi/statements?statementId=" + id).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(statement.toString())));
    }

    /** GET {@code /xapi/statements?query} ({@code query} already encoded, may be empty). */
    HttpResponse<String> get(String query) {
        return send(request("/xapi/statements" + (query.isEmpty() ? "" : "?" + query)).GET());
    }

    /** POSTs and asserts 200; answers the ids the LRS returned. */
    List<String> store(JsonValue statements) {
        HttpResponse<String> r = post(statements);
        assertEquals(200, r.statusCode(), () -> "POST statements: " + r.body());
        List<String> ids = new ArrayList<>();
        json(r.body()).asJsonArray().forEach(v -> ids.add(((jakarta.json.JsonString) v).getString()));
        return ids;
    }

    /** GET by statementId, asserting 200. */
    JsonObject statement(String id) {
        HttpResponse<String> r = get("statementId=" + id);
        assertEquals(200, r.statusCode(), () -> "GET statementId=" + id + ": " + r.body());
        return json(r.body()).asJsonObject();
    }

    /** A StatementResult query, asserting 200. */
    JsonObject result(Map<String, String> params) {
        HttpResponse<String> r = get(query(params));
        assertEquals(200, r.statusCode(), () -> "GET " + params + ": " + r.body());
        return json(r.body()).asJsonObject();
    }

    /** Follows {@code more} until exhausted; asserts no statement is seen twice. */
    List<JsonObject> all(Map<String, String> params) {
        List<JsonObject> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        JsonObject page = result(params);
        for (int guard = 0; guard < 10_000; guard++) {
            for (JsonValue v : page.getJsonArray("statements")) {
                JsonObject s = v.asJsonObject();
                assertTrue(seen.add(s.getString("id")), () -> "statement " + s.getString("id") + " returned twice");
                out.add(s);
            }
            String more = page.getString("more", "");
            if (more.isEmpty()) {
                return out;
            }
            page = more(more);
        }
        throw new AssertionError("more links never ended");
    }

    /** Follows a {@code more} IRL (relative, resolved against the LRS base). */
    JsonObject more(String more) {
        assertTrue(more.startsWith("/xapi/statements?"), () -> "more is not a path on this LRS: " + more);
        HttpResponse<String> r = send(request(more).GET());
        assertEquals(200, r.statusCode(), () -> "GET " + more + ": " + r.body());
        return json(r.body()).asJsonObject();
    }

    /** Ids of every statement a query returns, across pages, in the order returned. */
    List<String> ids(Map<String, String> params) {
        return all(params).stream().map(s -> s.getString("id")).toList();
    }

    static Map<String, String> params(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    static String query(Map<String, String> params) {
        StringBuilder b = new StringBuilder();
        params.forEach((k, v) -> {
            if (b.length() > 0) {
                b.append('&');
            }
            b.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return b.toString();
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonValue json(String text) {
        try (var r = Json.createReader(new StringReader(text))) {
            return r.readValue();
        }
    }

    static JsonArray array(JsonValue... values) {
        var b = Json.createArrayBuilder();
        for (JsonValue v : values) {
            b.add(v);
        }
        return b.build();
    }

    static JsonArray array(List<? extends JsonValue> values) {
        var b = Json.createArrayBuilder();
        values.forEach(b::add);
        return b.build();
    }
}
