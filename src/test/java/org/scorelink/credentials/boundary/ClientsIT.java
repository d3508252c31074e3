package org.scorelink.credentials.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The credentials component over real HTTP against the running IT server. Each test makes its own data. */
class ClientsIT {

    private static final String BASE = System.getProperty("scorelink.test.url", "http://localhost:9180");
    private static final String ADMIN_KEY = System.getProperty("scorelink.test.admin.key", "admin");
    private static final String ADMIN_SECRET = System.getProperty("scorelink.test.admin.secret", "it-admin-secret");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    record Reply(int status, HttpResponse<String> raw) {
        JsonObject object() {
            return Json.createReader(new StringReader(raw.body())).readObject();
        }

        JsonArray array() {
            return Json.createReader(new StringReader(raw.body())).readArray();
        }

        String message() {
            return object().getString("message");
        }
    }

    private static String basic(String key, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static Reply call(String method, String path, Optional<String> authorization, String body) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create(BASE + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", "application/json")
                // xAPI paths check the version before credentials (Communication 3.3); /api ignores it
                .header("X-Experience-API-Version", "2.0.0");
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        authorization.ifPresent(a -> builder.header("Authorization", a));
        var response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response);
    }

    private static Reply asAdmin(String method, String path, String body) throws Exception {
        return call(method, path, Optional.of(basic(ADMIN_KEY, ADMIN_SECRET)), body);
    }

    private static Reply as(JsonObject client, String method, String path) throws Exception {
        return call(method, path, Optional.of(basic(client.getString("key"), client.getString("secret"))), null);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static JsonObject createClient(String name, String store, String scopesJson) throws Exception {
        String body = "{\"name\":\"" + name + "\",\"store\":\"" + store + "\""
                + (scopesJson == null ? "" : ",\"scopes\":" + scopesJson) + "}";
        Reply r = asAdmin("POST", "/api/admin/clients", body);
        assertEquals(201, r.status(), r.raw().body());
        return r.object();
    }

    private static void assertUnauthorized(Reply r) {
        assertEquals(401, r.status(), r.raw().body());
        assertEquals("Basic realm=\"Scorelink LRS\"", r.raw().headers().firstValue("WWW-Authenticate").orElse(""));
        JsonObject body = r.object();
        assertTrue(body.getBoolean("error"));
        assertEquals(401, body.getInt("code"));
        assertFalse(body.getString("message").isBlank());
    }

    @Test
    void withoutCredentials401() throws Exception {
        assertUnauthorized(call("GET", "/api/me", Optional.empty(), null));
        assertUnauthorized(call("GET", "/api/admin/clients", Optional.empty(), null));
        assertUnauthorized(call("GET", "/xapi/statements", Optional.empty(), null));
    }

    @Test
    void wrongOrMalformedCredentials401() throws Exception {
        assertUnauthorized(call("GET", "/api/me", Optional.of(basic(ADMIN_KEY, ADMIN_SECRET + "x")), null));
        assertUnauthorized(call("GET", "/api/me", Optional.of(basic(unique("nokey"), "whatever")), null));
        assertUnauthorized(call("GET", "/api/me", Optional.of("Basic not-base64!"), null));
        assertUnauthorized(call("GET", "/api/me", Optional.of("Bearer abc"), null));
    }

    @Test
    void aboutStaysPublic() throws Exception {
        assertEquals(200, call("GET", "/xapi/about", Optional.empty(), null).status());
    }

    @Test
    void nonAdminGets403OnAdminPaths() throws Exception {
        JsonObject client = createClient("Plain LMS", unique("store"), null);
        Reply r = as(client, "GET", "/api/admin/clients");
        assertEquals(403, r.status(), r.raw().body());
        assertTrue(r.message().contains("scorelink/admin"), r.message());
        assertEquals(403, as(client, "GET", "/api/admin/stores").status());
    }

    @Test
    void createdClientAuthenticatesAndIsListedWithoutItsSecret() throws Exception {
        String store = unique("acme");
        Reply created = asAdmin("POST", "/api/admin/clients",
                "{\"name\":\"Moodle\",\"store\":\"" + store + "\",\"scopes\":[\"statements/write\",\"statements/read\"]}");
        assertEquals(201, created.status(), created.raw().body());
        JsonObject client = created.object();
        String key = client.getString("key");
        assertTrue(client.getString("secret").length() >= 40);
        assertEquals("Moodle", client.getString("name"));
        assertEquals(store, client.getString("store"));
        assertEquals(Json.createArrayBuilder().add("statements/write").add("statements/read").build(),
                client.getJsonArray("scopes"));
        assertTrue(client.getBoolean("enabled"));
        JsonObject authority = client.getJsonObject("authority");
        assertEquals("Agent", authority.getString("objectType"));
        assertEquals("Moodle", authority.getString("name"));
        assertEquals(key, authority.getJsonObject("account").getString("name"));
        assertEquals("https://scorelink.org/clients", authority.getJsonObject("account").getString("homePage"));
        assertTrue(created.raw().headers().firstValue("Location").orElse("").endsWith("/api/admin/clients/" + key));

        Reply me = as(client, "GET", "/api/me");
        assertEquals(200, me.status(), me.raw().body());
        assertEquals(key, me.object().getString("key"));
        assertEquals(store, me.object().getString("store"));
        assertEquals(client.getJsonArray("scopes"), me.object().getJsonArray("scopes"));
        assertFalse(me.object().getBoolean("admin"));
        assertEquals(authority, me.object().getJsonObject("authority"));

        Reply one = asAdmin("GET", "/api/admin/clients/" + key, null);
        assertEquals(200, one.status());
        assertFalse(one.object().containsKey("secret"));
        assertFalse(one.raw().body().contains(client.getString("secret")));

        Reply list = asAdmin("GET", "/api/admin/clients?store=" + store, null);
        assertEquals(200, list.status());
        assertEquals(1, list.array().size());
        assertEquals(key, list.array().getJsonObject(0).getString("key"));
        assertFalse(list.raw().body().contains(client.getString("secret")));
        assertTrue(asAdmin("GET", "/api/admin/clients", null).raw().body().contains(key));

        Reply stores = asAdmin("GET", "/api/admin/stores", null);
        assertEquals(200, stores.status());
        assertTrue(stores.array().stream().map(JsonObject.class::cast)
                .anyMatch(s -> s.getString("name").equals(store) && s.getInt("clients") == 1), stores.raw().body());
    }

    @Test
    void defaultScopesAreWriteAndReadMine() throws Exception {
        JsonObject client = createClient("Defaults", unique("store"), null);
        assertEquals(Json.createArrayBuilder().add("statements/write").add("statements/read/mine").build(),
                client.getJsonArray("scopes"));
    }

    @Test
    void disablingTakesEffectOnTheNextRequest() throws Exception {
        JsonObject client = createClient("To disable", unique("store"), null);
        String key = client.getString("key");
        assertEquals(200, as(client, "GET", "/api/me").status()); // verified and cached now
        assertEquals(200, as(client, "GET", "/api/me").status());

        Reply disabled = asAdmin("POST", "/api/admin/clients/" + key + "/disable", null);
        assertEquals(200, disabled.status(), disabled.raw().body());
        assertFalse(disabled.object().getBoolean("enabled"));
        Reply refused = as(client, "GET", "/api/me");
        assertUnauthorized(refused);
        assertTrue(refused.message().contains("disabled"), refused.message());

        assertEquals(200, asAdmin("POST", "/api/admin/clients/" + key + "/enable", null).status());
        assertEquals(200, as(client, "GET", "/api/me").status());
    }

    @Test
    void badInputIs400NamingTheField() throws Exception {
        String store = unique("store");
        Reply r = asAdmin("POST", "/api/admin/clients",
                "{\"name\":\"X\",\"store\":\"" + store + "\",\"scopes\":[\"statements/write\",\"foo\"]}");
        assertEquals(400, r.status(), r.raw().body());
        assertTrue(r.message().startsWith("scopes[1]: unknown scope 'foo'"), r.message());

        assertBadRequest(asAdmin("POST", "/api/admin/clients", "{\"store\":\"" + store + "\"}"), "name: ");
        assertBadRequest(asAdmin("POST", "/api/admin/clients", "{\"name\":\"X\",\"store\":\"no spaces\"}"), "store: ");
        assertBadRequest(asAdmin("POST", "/api/admin/clients", "{\"name\":\"X\",\"scopes\":\"all\"}"), "scopes: ");
        assertBadRequest(asAdmin("POST", "/api/admin/clients", "{\"name\":\"X\",\"scope\":[\"all\"]}"), "scope: ");
        assertBadRequest(asAdmin("POST", "/api/admin/clients", "{\"name\":"), "body: ");
        assertBadRequest(asAdmin("POST", "/api/admin/clients", "[1,2]"), "body: ");
        assertBadRequest(asAdmin("GET", "/api/admin/clients?store=bad%20name", null), "store: ");
        // nothing was created by the failed attempts
        assertEquals(404, asAdmin("GET", "/api/admin/clients?store=" + store, null).status());
    }

    private static void assertBadRequest(Reply r, String prefix) {
        assertEquals(400, r.status(), r.raw().body());
        assertTrue(r.message().startsWith(prefix), r.message());
    }

    @Test
    void unknownKeyIs404() throws Exception {
        String key = unique("missing");
        Reply r = asAdmin("GET", "/api/admin/clients/" + key, null);
        assertEquals(404, r.status());
        assertTrue(r.message().contains(key), r.message());
        assertEquals(404, asAdmin("POST", "/api/admin/clients/" + key + "/disable", null).status());
        assertEquals(404, asAdmin("GET", "/api/admin/clients?store=" + unique("nostore"), null).status());
    }

    @Test
    void storesAreSeparated() throws Exception {
        String storeA = unique("a");
        String storeB = unique("b");
        JsonObject a = createClient("Client A", storeA, "[\"all\"]");
        JsonObject b = createClient("Client B", storeB, "[\"all\"]");
        JsonObject meA = as(a, "GET", "/api/me").object();
        JsonObject meB = as(b, "GET", "/api/me").object();
        assertEquals(storeA, meA.getString("store"));
        assertEquals(storeB, meB.getString("store"));
        assertNotEquals(meA.getJsonNumber("storeId").longValue(), meB.getJsonNumber("storeId").longValue());

        JsonArray listA = asAdmin("GET", "/api/admin/clients?store=" + storeA, null).array();
        assertEquals(1, listA.size());
        assertEquals(a.getString("key"), listA.getJsonObject(0).getString("key"));
    }

    @Test
    void bootstrapAdminExistsInDefaultStore() throws Exception {
        JsonObject me = asAdmin("GET", "/api/me", null).object();
        assertEquals(ADMIN_KEY, me.getString("key"));
        assertEquals("default", me.getString("store"));
        assertTrue(me.getBoolean("admin"));
        assertTrue(me.getJsonArray("scopes").stream().map(v -> ((JsonString) v).getString())
                .anyMatch("scorelink/admin"::equals));
    }

    @Test
    void theLastEnabledAdminCannotBeDisabled() throws Exception {
        long enabledAdmins = asAdmin("GET", "/api/admin/clients", null).array().stream()
                .map(JsonObject.class::cast)
                .filter(c -> c.getBoolean("enabled"))
                .filter(c -> c.getJsonArray("scopes").getValuesAs(JsonString.class).stream()
                        .anyMatch(s -> s.getString().equals("scorelink/admin")))
                .count();
        // Only meaningful (and only safe) when the bootstrap admin is the one enabled admin.
        assumeTrue(enabledAdmins == 1, "other enabled admin clients exist");
        Reply r = asAdmin("POST", "/api/admin/clients/" + ADMIN_KEY + "/disable", null);
        assertEquals(409, r.status(), r.raw().body());
        assertTrue(r.message().contains("last enabled admin"), r.message());
        assertEquals(200, asAdmin("GET", "/api/me", null).status());
    }

    @Test
    void anotherAdminCanBeDisabled() throws Exception {
        JsonObject second = createClient("Second admin", "default", "[\"scorelink/admin\"]");
        assertEquals(200, as(second, "GET", "/api/admin/stores").status());
        Reply r = asAdmin("POST", "/api/admin/clients/" + second.getString("key") + "/disable", null);
        assertEquals(200, r.status(), r.raw().body());
        assertEquals(401, as(second, "GET", "/api/admin/stores").status());
    }

}
