package org.scorelink.credentials.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The stores admin API: creating a store, its allowed origins (own list or the LRS-wide one), 400/404/409. */
@DisplayName("Admin API: stores and their allowed origins")
class StoresIT {

    private static final String BASE = System.getProperty("scorelink.test.url", "http://localhost:9180");
    private static final String ADMIN = basic(System.getProperty("scorelink.test.admin.key", "admin"),
            System.getProperty("scorelink.test.admin.secret", "it-admin-secret"));
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String store = "st-" + UUID.randomUUID().toString().substring(0, 8);

    record Reply(int status, HttpResponse<String> raw) {
        JsonValue json() {
            return Json.createReader(new StringReader(raw.body())).readValue();
        }

        JsonObject object() {
            return json().asJsonObject();
        }

        String message() {
            return object().getString("message");
        }
    }

    private static String basic(String key, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static Reply call(String authorization, String method, String path, String body) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", authorization)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r);
    }

    private static Reply admin(String method, String path, String body) throws Exception {
        return call(ADMIN, method, path, body);
    }

    private static void assertBadRequest(Reply r, String prefix) {
        assertEquals(400, r.status(), r.raw().body());
        assertTrue(r.message().startsWith(prefix), r.message());
    }

    private static JsonArray array(String... values) {
        var b = Json.createArrayBuilder();
        for (String v : values) {
            b.add(v);
        }
        return b.build();
    }

    @Test
    @DisplayName("a store created with origins shows them, canonical, in every view; the sub-resource lists them")
    void createWithOrigins() throws Exception {
        Reply created = admin("POST", "/api/admin/stores", "{\"name\":\"" + store
                + "\",\"allowedOrigins\":[\"HTTPS://Content." + store + ".example/\",\"https://lms.example.com:443\"]}");
        assertEquals(201, created.status(), created.raw().body());
        assertTrue(created.raw().headers().firstValue("Location").orElse("").endsWith("/api/admin/stores/" + store));
        JsonArray expected = array("https://content." + store + ".example", "https://lms.example.com");
        assertEquals(expected, created.object().getJsonArray("allowedOrigins"));
        assertEquals(store, created.object().getString("name"));
        assertEquals(0, created.object().getInt("clients"));

        assertEquals(expected, admin("GET", "/api/admin/stores/" + store, null).object().getJsonArray("allowedOrigins"));
        assertEquals(expected, admin("GET", "/api/admin/stores/" + store + "/allowed-origins", null).json());
        JsonObject listed = admin("GET", "/api/admin/stores", null).json().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(s -> s.getString("name").equals(store)).findFirst().orElseThrow();
        assertEquals(expected, listed.getJsonArray("allowedOrigins"));

        // a client created for that store joins it (the store is not created twice)
        Reply client = admin("POST", "/api/admin/clients", "{\"name\":\"LMS\",\"store\":\"" + store + "\"}");
        assertEquals(201, client.status(), client.raw().body());
        assertEquals(1, admin("GET", "/api/admin/stores/" + store, null).object().getInt("clients"));
    }

    @Test
    @DisplayName("a store without origins of its own shows allowedOrigins null: it uses the LRS-wide list")
    void createWithoutOrigins() throws Exception {
        Reply created = admin("POST", "/api/admin/stores", "{\"name\":\"" + store + "\"}");
        assertEquals(201, created.status(), created.raw().body());
        assertEquals(JsonValue.NULL, created.object().get("allowedOrigins"), created.raw().body());
        Reply sub = admin("GET", "/api/admin/stores/" + store + "/allowed-origins", null);
        assertEquals(404, sub.status(), sub.raw().body());
        assertTrue(sub.message().contains("scorelink.xapi.cors.allowed-origins"), sub.message());
    }

    @Test
    @DisplayName("PUT replaces the list ([] is a list: no origin), DELETE goes back to the LRS-wide list")
    void putAndDelete() throws Exception {
        assertEquals(201, admin("POST", "/api/admin/stores", "{\"name\":\"" + store + "\"}").status());
        String path = "/api/admin/stores/" + store + "/allowed-origins";

        Reply put = admin("PUT", path, "[\"https://one.example\",\"*\"]");
        assertEquals(200, put.status(), put.raw().body());
        assertEquals(array("https://one.example", "*"), put.object().getJsonArray("allowedOrigins"));
        assertEquals(array("https://one.example", "*"), admin("GET", path, null).json());

        Reply none = admin("PUT", path, "[]");
        assertEquals(200, none.status(), none.raw().body());
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, admin("GET", path, null).json(), "an empty list is kept, not dropped");
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, admin("GET", "/api/admin/stores/" + store, null).object()
                .get("allowedOrigins"));

        Reply deleted = admin("DELETE", path, null);
        assertEquals(200, deleted.status(), deleted.raw().body());
        assertEquals(JsonValue.NULL, deleted.object().get("allowedOrigins"));
        assertEquals(404, admin("GET", path, null).status());
    }

    @Test
    @DisplayName("bad input is a 400 naming the field and the bad entry; nothing is created or changed")
    void badInputIs400NamingTheField() throws Exception {
        Reply r = admin("POST", "/api/admin/stores", "{\"name\":\"" + store
                + "\",\"allowedOrigins\":[\"https://ok.example\",\"https://content.example.com/launch\"]}");
        assertBadRequest(r, "allowedOrigins[1]: 'https://content.example.com/launch' is not an origin");
        assertEquals(404, admin("GET", "/api/admin/stores/" + store, null).status(), "nothing created");

        assertBadRequest(admin("POST", "/api/admin/stores", "{\"name\":\"" + store + "\",\"allowedOrigins\":\"*\"}"),
                "allowedOrigins: must be an array");
        assertBadRequest(admin("POST", "/api/admin/stores", "{\"name\":\"" + store + "\",\"allowedOrigins\":[7]}"),
                "allowedOrigins[0]: must be a string");
        assertBadRequest(admin("POST", "/api/admin/stores", "{\"name\":\"" + store + "\",\"origins\":[]}"),
                "origins: unknown property");
        assertBadRequest(admin("POST", "/api/admin/stores", "{\"allowedOrigins\":[]}"), "name: required");
        assertBadRequest(admin("POST", "/api/admin/stores", "{\"name\":\"no spaces\"}"), "name: ");
        assertBadRequest(admin("POST", "/api/admin/stores", "{\"name\":"), "body: ");
        assertEquals(404, admin("GET", "/api/admin/stores/" + store, null).status(), "still nothing created");

        assertEquals(201, admin("POST", "/api/admin/stores", "{\"name\":\"" + store
                + "\",\"allowedOrigins\":[\"https://ok.example\"]}").status());
        String path = "/api/admin/stores/" + store + "/allowed-origins";
        assertBadRequest(admin("PUT", path, "[\"https://new.example\",\"new.example\"]"),
                "allowedOrigins[1]: 'new.example' is not an origin (no scheme://)");
        assertBadRequest(admin("PUT", path, "[\"ftp://user@files.example\"]"), "allowedOrigins[0]: ");
        assertBadRequest(admin("PUT", path, "{\"allowedOrigins\":[]}"), "allowedOrigins: must be an array");
        assertBadRequest(admin("PUT", path, "[\"https://a.example\""), "body: ");
        assertEquals(array("https://ok.example"), admin("GET", path, null).json(), "unchanged by the failed PUTs");
    }

    @Test
    @DisplayName("an existing name is 409, an unknown store 404, a client without scorelink/admin 403")
    void conflictsAndUnknownStores() throws Exception {
        assertEquals(201, admin("POST", "/api/admin/stores", "{\"name\":\"" + store + "\"}").status());
        Reply again = admin("POST", "/api/admin/stores", "{\"name\":\"" + store + "\",\"allowedOrigins\":[]}");
        assertEquals(409, again.status(), again.raw().body());
        assertTrue(again.message().startsWith("name: a store named '" + store + "' exists"), again.message());
        Reply existing = admin("POST", "/api/admin/stores", "{\"name\":\"default\"}");
        assertEquals(409, existing.status(), "the bootstrap store exists too");

        String unknown = store + "-missing";
        assertEquals(404, admin("GET", "/api/admin/stores/" + unknown, null).status());
        Reply put = admin("PUT", "/api/admin/stores/" + unknown + "/allowed-origins", "[]");
        assertEquals(404, put.status(), put.raw().body());
        assertTrue(put.message().contains(unknown), put.message());
        assertEquals(404, admin("DELETE", "/api/admin/stores/" + unknown + "/allowed-origins", null).status());

        JsonObject client = admin("POST", "/api/admin/clients", "{\"name\":\"LMS\",\"store\":\"" + store + "\"}").object();
        String plain = basic(client.getString("key"), client.getString("secret"));
        assertEquals(403, call(plain, "POST", "/api/admin/stores", "{\"name\":\"" + store + "x\"}").status());
        assertEquals(403, call(plain, "PUT", "/api/admin/stores/" + store + "/allowed-origins", "[\"*\"]").status());
        assertEquals(JsonValue.NULL, admin("GET", "/api/admin/stores/" + store, null).object().get("allowedOrigins"));
    }
}
