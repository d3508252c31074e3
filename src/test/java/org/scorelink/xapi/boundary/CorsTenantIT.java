package org.scorelink.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorelink.xapi.boundary.LrsClient.json;
import static org.scorelink.xapi.boundary.LrsClient.params;
import static org.scorelink.xapi.boundary.Stmts.agent;
import static org.scorelink.xapi.boundary.Stmts.statement;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * CORS origins per tenant store. A store's own list (admin API) applies to its clients; a store without one uses
 * the LRS-wide list, which on the integration-test server is {@value CorsIT#ALLOWED} and
 * {@code https://lms.example.com} (pom.xml). Each test makes its own stores and origins.
 */
@DisplayName("CORS origins per tenant store")
class CorsTenantIT {

    private static final String ADMIN = LrsClient.basic(System.getProperty("scorelink.test.admin.key", "admin"),
            System.getProperty("scorelink.test.admin.secret", "it-admin-secret"));

    private final String t = Stmts.tag();
    private final String originA = "https://a-" + t + ".example";
    private final String originB = "https://b-" + t + ".example";
    private final String nobodys = "https://nobody-" + t + ".example";
    private final JsonObject alice = agent("alice-" + t);
    private final String verb = "http://example.com/verbs/" + t + "/did";
    private final String act = "http://example.com/activities/" + t;

    @Test
    @DisplayName("preflights are granted for every store's origins and the LRS-wide ones, and nothing else")
    void preflightForTheUnion() {
        storeWith("[\"" + originA + "\"]");
        storeWith("[\"" + originB + "\"]");
        assertEquals(originA, allowOrigin(preflight(originA)));
        assertEquals(originB, allowOrigin(preflight(originB)));
        assertEquals(CorsIT.ALLOWED, allowOrigin(preflight(CorsIT.ALLOWED)));
        assertNoCors(preflight(nobodys));
    }

    @Test
    @DisplayName("a store's own origin: the request works and Access-Control-Allow-Origin echoes it")
    void ownOriginWorks() {
        LrsClient a = storeWith("[\"" + originA + "\"]");
        UUID id = UUID.randomUUID();
        HttpResponse<String> put = LrsClient.send(a.request("/xapi/statements?statementId=" + id)
                .header("Origin", originA).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(statement(alice, verb, act).build().toString())));
        assertEquals(204, put.statusCode(), put.body());
        assertEquals(originA, allowOrigin(put));
        HttpResponse<String> get = LrsClient.send(a.request("/xapi/statements?statementId=" + id)
                .header("Origin", "HTTPS://A-" + t.toUpperCase(Locale.ROOT) + ".example").GET());
        assertEquals(200, get.statusCode(), get.body());
        assertEquals("HTTPS://A-" + t.toUpperCase(Locale.ROOT) + ".example", allowOrigin(get), "compared canonically");
        assertTrue(list(get, "Access-Control-Expose-Headers").contains("x-experience-api-consistent-through"));
    }

    @Test
    @DisplayName("another store's origin: 403 naming the origin, before any write, without Access-Control-Allow-Origin")
    void otherStoresOriginIs403AndNothingIsStored() {
        storeWith("[\"" + originA + "\"]");
        LrsClient b = storeWith("[\"" + originB + "\"]");
        UUID id = UUID.randomUUID();
        HttpResponse<String> put = LrsClient.send(b.request("/xapi/statements?statementId=" + id)
                .header("Origin", originA).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(statement(alice, verb, act).build().toString())));
        assertForbidden(put, originA);
        assertTrue(put.headers().firstValue("X-Experience-API-Consistent-Through").isPresent(), "xAPI headers as usual");

        HttpResponse<String> post = LrsClient.send(b.request("/xapi/statements").header("Origin", originA)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(statement(alice, verb, act).build().toString())));
        assertForbidden(post, originA);

        Docs state = new Docs(b, "/xapi/activities/state", LrsClient.VERSION);
        Map<String, String> doc = params("activityId", act, "agent", alice.toString(), "stateId", "s-" + t);
        assertForbidden(state.put(doc, "application/json", "{\"x\":1}", "Origin", originA), originA);
        assertForbidden(LrsClient.send(b.request("/xapi/statements?limit=1").header("Origin", originA).GET()), originA);

        // read back with the same credential from its server (no Origin): nothing was written
        assertEquals(404, b.get("statementId=" + id).statusCode());
        assertEquals(0, b.result(params("activity", act)).getJsonArray("statements").size());
        assertEquals(404, state.get(doc).statusCode());
        // and from its own origin it works
        assertEquals(204, LrsClient.send(b.request("/xapi/statements?statementId=" + id).header("Origin", originB)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(statement(alice, verb, act).build().toString()))).statusCode());
    }

    @Test
    @DisplayName("1.3 alternate syntax (credential in the form, no preflight needed): checked the same way")
    void alternateSyntaxIsCheckedToo() {
        storeWith("[\"" + originA + "\"]");
        LrsClient b = storeWith("[\"" + originB + "\"]");
        UUID id = UUID.randomUUID();
        Map<String, String> form = params("Authorization", LrsClient.basic(b.key, b.secret),
                "X-Experience-API-Version", "1.0.3", "statementId", id.toString(), "Content-Type", "application/json",
                "content", statement(alice, verb, act).build().toString());
        HttpResponse<String> refused = alternate(form, originA);
        assertForbidden(refused, originA);
        assertEquals(404, b.get("statementId=" + id).statusCode(), "nothing stored");

        HttpResponse<String> allowed = alternate(form, originB);
        assertEquals(204, allowed.statusCode(), allowed.body());
        assertEquals(originB, allowOrigin(allowed));
        assertEquals(id.toString(), b.statement(id.toString()).getString("id"));
    }

    @Test
    @DisplayName("a store without its own list uses the LRS-wide one, not the other stores' origins")
    void storeWithoutListUsesLrsWide() {
        storeWith("[\"" + originA + "\"]");
        LrsClient plain = LrsClient.fresh("cors-plain");
        HttpResponse<String> ok = LrsClient.send(plain.request("/xapi/statements?limit=1")
                .header("Origin", CorsIT.ALLOWED).GET());
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals(CorsIT.ALLOWED, allowOrigin(ok));
        assertForbidden(LrsClient.send(plain.request("/xapi/statements?limit=1").header("Origin", originA).GET()),
                originA);
    }

    @Test
    @DisplayName("an own list replaces the LRS-wide one: [] allows no browser origin, server-to-server still works")
    void emptyListAllowsNoOrigin() {
        LrsClient closed = storeWith("[]");
        assertForbidden(LrsClient.send(closed.request("/xapi/statements?limit=1")
                .header("Origin", CorsIT.ALLOWED).GET()), CorsIT.ALLOWED);
        HttpResponse<String> server = closed.get("limit=1");
        assertEquals(200, server.statusCode(), "no Origin header: an LMS calling from its server");
        assertTrue(server.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    @Test
    @DisplayName("[\"*\"] allows any origin for that store, echoed")
    void starAllowsAny() {
        LrsClient open = storeWith("[\"*\"]");
        HttpResponse<String> r = LrsClient.send(open.request("/xapi/statements?limit=1").header("Origin", nobodys).GET());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(nobodys, allowOrigin(r));
    }

    @Test
    @DisplayName("changes take effect on the next request, without a restart: PUT adds, replaces; DELETE reverts")
    void changesTakeEffectWithoutRestart() {
        LrsClient c = storeWith("[\"" + originA + "\"]");
        String newOrigin = "https://new-" + t + ".example";
        assertNoCors(preflight(newOrigin));
        assertForbidden(get(c, newOrigin), newOrigin);

        HttpResponse<String> put = admin("PUT", "/api/admin/stores/" + c.store + "/allowed-origins",
                "[\"" + newOrigin + "\"]");
        assertEquals(200, put.statusCode(), put.body());
        assertEquals(newOrigin, allowOrigin(preflight(newOrigin)), "the preflight union was refreshed");
        HttpResponse<String> now = get(c, newOrigin);
        assertEquals(200, now.statusCode(), now.body());
        assertEquals(newOrigin, allowOrigin(now));
        assertForbidden(get(c, originA), originA);

        assertEquals(200, admin("DELETE", "/api/admin/stores/" + c.store + "/allowed-origins", null).statusCode());
        assertForbidden(get(c, newOrigin), newOrigin);
        assertNoCors(preflight(newOrigin));
        assertEquals(200, get(c, CorsIT.ALLOWED).statusCode(), "back on the LRS-wide list");
    }

    @Test
    @DisplayName("answers given before the store is known (401) carry CORS headers for any store's origin")
    void unauthenticatedAnswersUseTheUnion() {
        storeWith("[\"" + originA + "\"]");
        HttpResponse<String> r = LrsClient.send(HttpRequest.newBuilder(URI.create(LrsClient.BASE + "/xapi/statements"))
                .timeout(Duration.ofSeconds(30)).header("X-Experience-API-Version", "2.0.0").header("Origin", originA)
                .GET());
        assertEquals(401, r.statusCode(), r.body());
        assertEquals(originA, allowOrigin(r));
        HttpResponse<String> other = LrsClient.send(HttpRequest.newBuilder(URI.create(LrsClient.BASE
                + "/xapi/statements")).timeout(Duration.ofSeconds(30)).header("X-Experience-API-Version", "2.0.0")
                .header("Origin", nobodys).GET());
        assertEquals(401, other.statusCode());
        assertNoCors(other);
    }

    @Test
    @DisplayName("a page served by the LRS's own host and port is not cross-origin: no list applies")
    void sameOriginIsNotRefused() {
        LrsClient closed = storeWith("[]");
        HttpResponse<String> r = get(closed, LrsClient.BASE);
        assertEquals(200, r.statusCode(), r.body());
    }

    // --- helpers

    /** A new store with these own origins (a JSON array) and a client with scope all in it. */
    private static LrsClient storeWith(String originsJson) {
        String store = LrsClient.newStore("cors-t");
        HttpResponse<String> r = admin("POST", "/api/admin/stores",
                "{\"name\":\"" + store + "\",\"allowedOrigins\":" + originsJson + "}");
        assertEquals(201, r.statusCode(), () -> "creating store: " + r.body());
        return LrsClient.create(store, "all");
    }

    private static HttpResponse<String> admin(String method, String path, String body) {
        var b = HttpRequest.newBuilder(URI.create(LrsClient.BASE + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", ADMIN)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return LrsClient.send(b);
    }

    private static HttpResponse<String> get(LrsClient c, String origin) {
        return LrsClient.send(c.request("/xapi/statements?limit=1").header("Origin", origin).GET());
    }

    private static HttpResponse<String> preflight(String origin) {
        return LrsClient.send(HttpRequest.newBuilder(URI.create(LrsClient.BASE + "/xapi/statements"))
                .timeout(Duration.ofSeconds(30)).header("Origin", origin)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,x-experience-api-version")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    /** {@code POST /xapi/statements?method=PUT} with the form, as a browser page would send it from {@code origin}. */
    private static HttpResponse<String> alternate(Map<String, String> form, String origin) {
        return LrsClient.send(HttpRequest.newBuilder(URI.create(LrsClient.BASE + "/xapi/statements?method=PUT"))
                .timeout(Duration.ofSeconds(30)).header("Origin", origin)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(LrsClient.query(form))));
    }

    private static void assertForbidden(HttpResponse<String> r, String origin) {
        assertEquals(403, r.statusCode(), r.body());
        String message = json(r.body()).asJsonObject().getString("message");
        assertTrue(message.startsWith("header Origin: '" + origin + "' is not an allowed origin for this client's store"),
                message);
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
                () -> "403 must not grant the origin: " + r.headers().map());
        assertTrue(r.headers().firstValue("X-Experience-API-Version").isPresent());
    }

    private static void assertNoCors(HttpResponse<String> r) {
        for (String name : r.headers().map().keySet()) {
            assertFalse(name.toLowerCase(Locale.ROOT).startsWith("access-control-"), () -> "unexpected " + name);
        }
    }

    private static String allowOrigin(HttpResponse<String> r) {
        return r.headers().firstValue("Access-Control-Allow-Origin")
                .orElseThrow(() -> new AssertionError("no Access-Control-Allow-Origin in " + r.statusCode() + " "
                        + r.headers().map()));
    }

    private static List<String> list(HttpResponse<String> r, String name) {
        return r.headers().allValues(name).stream().flatMap(v -> Arrays.stream(v.split(",")))
                .map(v -> v.trim().toLowerCase(Locale.ROOT)).toList();
    }
}
