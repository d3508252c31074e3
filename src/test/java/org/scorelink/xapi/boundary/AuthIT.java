package org.scorelink.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorelink.xapi.boundary.LrsClient.json;
import static org.scorelink.xapi.boundary.LrsClient.params;
import static org.scorelink.xapi.boundary.Stmts.agent;
import static org.scorelink.xapi.boundary.Stmts.statement;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Authentication, scopes and tenant isolation on the Statement resource (Communication 4). */
@DisplayName("Security: authentication, scopes, tenants (Communication 4)")
class AuthIT {

    private final String t = Stmts.tag();
    private final JsonObject alice = agent("alice-" + t);
    private final String verb = "http://example.com/verbs/" + t + "/did";
    private final String act = "http://example.com/activities/" + t;

    @Test
    @DisplayName("4.0 / 3.2: no credentials is 401 with a Basic challenge and the xAPI headers")
    void noCredentials() {
        for (String method : List.of("GET", "POST", "PUT")) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(LrsClient.BASE + "/xapi/statements"
                    + (method.equals("PUT") ? "?statementId=" + UUID.randomUUID() : "")))
                    .header("X-Experience-API-Version", LrsClient.VERSION).header("Content-Type", "application/json");
            b = method.equals("GET") ? b.GET()
                    : b.method(method, HttpRequest.BodyPublishers.ofString(statement(alice, verb, act).build().toString()));
            HttpResponse<String> r = LrsClient.send(b);
            assertEquals(401, r.statusCode(), method + ": " + r.body());
            assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), method);
            StatementsIT.assertHeaders(r);
        }
    }

    @Test
    @DisplayName("4.0: a wrong secret, an unknown key or a malformed Authorization header is 401")
    void wrongCredentials() {
        LrsClient lrs = LrsClient.fresh("auth");
        for (String authorization : List.of(LrsClient.basic(lrs.key, lrs.secret + "x"),
                LrsClient.basic(lrs.key, ""), LrsClient.basic("no-such-key-" + t, lrs.secret),
                "Basic !!!", "Bearer " + lrs.secret)) {
            HttpResponse<String> r = LrsClient.send(HttpRequest.newBuilder(URI.create(LrsClient.BASE + "/xapi/statements"))
                    .header("X-Experience-API-Version", LrsClient.VERSION).header("Authorization", authorization).GET());
            assertEquals(401, r.statusCode(), authorization + ": " + r.body());
            assertTrue(r.headers().firstValue("WWW-Authenticate").isPresent());
        }
        assertEquals(200, lrs.get("").statusCode(), "the right secret still works");
    }

    @Test
    @DisplayName("4.0: statements/write only: POST works, GET (query and statementId) is 403")
    void writeOnlyCannotRead() {
        LrsClient writer = LrsClient.create(LrsClient.newStore("auth"), "statements/write");
        String id = writer.store(statement(alice, verb, act).build()).get(0);
        HttpResponse<String> query = writer.get("");
        assertEquals(403, query.statusCode(), query.body());
        StatementsIT.assertHeaders(query);
        assertEquals(403, writer.get("statementId=" + id).statusCode());
        assertEquals(403, writer.get("voidedStatementId=" + id).statusCode());
    }

    @Test
    @DisplayName("4.0: without statements/write, POST and PUT are 403 and nothing is stored")
    void readOnlyCannotWrite() {
        String store = LrsClient.newStore("auth");
        LrsClient admin = LrsClient.create(store, "all");
        for (String scope : List.of("statements/read", "all/read", "statements/read/mine", "state")) {
            LrsClient reader = LrsClient.create(store, scope);
            UUID id = UUID.randomUUID();
            HttpResponse<String> post = reader.post(statement(alice, verb, act).add("id", id.toString()).build());
            assertEquals(403, post.statusCode(), scope + ": " + post.body());
            assertTrue(StatementsIT.message(post).contains("statements/write"), post.body());
            assertEquals(403, reader.put(UUID.randomUUID(), statement(alice, verb, act).build()).statusCode(), scope);
            assertEquals(404, admin.get("statementId=" + id).statusCode(), scope);
        }
        assertEquals(List.of(), admin.ids(params("activity", act)));
        assertEquals(200, LrsClient.create(store, "statements/read").get("").statusCode());
    }

    @Test
    @DisplayName("4.0: statements/read/mine sees only statements its own credential wrote, across pages too")
    void readMine() {
        String store = LrsClient.newStore("auth");
        LrsClient other = LrsClient.create(store, "all");
        LrsClient mine = LrsClient.create(store, "statements/write", "statements/read/mine");
        List<String> others = new ArrayList<>();
        List<String> own = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            others.addAll(other.store(statement(alice, verb, act).build()));
            own.addAll(mine.store(statement(alice, verb, act).build()));
        }
        assertEquals(Set.copyOf(own), Set.copyOf(mine.ids(params("limit", "1"))));
        assertEquals(Set.copyOf(own), Set.copyOf(mine.ids(params("agent", alice.toString(), "activity", act))));
        assertEquals(Set.copyOf(own), Set.copyOf(mine.ids(params("verb", verb, "limit", "2", "ascending", "true"))));
        assertEquals(200, mine.get("statementId=" + own.get(0)).statusCode());
        assertEquals(404, mine.get("statementId=" + others.get(0)).statusCode(), "another credential's statement");
        Set<String> everything = Set.copyOf(other.ids(params()));
        assertEquals(6, everything.size());
        assertTrue(everything.containsAll(own) && everything.containsAll(others));
        // a credential reading everything in the store sees both; its authority is each writer's own
        assertEquals(mine.authority, other.statement(own.get(0)).getJsonObject("authority"));
        assertEquals(other.authority, other.statement(others.get(0)).getJsonObject("authority"));
    }

    @Test
    @DisplayName("Tenancy: store B cannot see store A's statements and may store the same id without 409")
    void tenantIsolation() {
        LrsClient a = LrsClient.fresh("tenant-a");
        LrsClient b = LrsClient.fresh("tenant-b");
        String id = UUID.randomUUID().toString();
        a.store(statement(alice, verb, act).add("id", id).build());
        String voidedInA = a.store(statement(alice, verb, act).build()).get(0);
        a.store(Stmts.voiding(alice, voidedInA).build());

        assertEquals(404, b.get("statementId=" + id).statusCode());
        assertEquals(404, b.get("voidedStatementId=" + voidedInA).statusCode());
        assertEquals(List.of(), b.ids(params()));
        assertEquals(List.of(), b.ids(params("agent", alice.toString())));
        assertEquals(List.of(), b.ids(params("activity", act, "related_activities", "true")));
        assertEquals(List.of(), b.ids(params("verb", verb)));

        // the same id with different content in B: its own statement, no conflict with A
        JsonObject inB = statement(agent("bob-" + t), verb + "/b", act + "/b").add("id", id).build();
        assertEquals(204, b.put(UUID.fromString(id), inB).statusCode());
        assertEquals(verb + "/b", b.statement(id).getJsonObject("verb").getString("id"));
        assertEquals(verb, a.statement(id).getJsonObject("verb").getString("id"));
        // voiding in B does not reach A
        String voidingInB = b.store(Stmts.voiding(alice, id).build()).get(0);
        assertEquals(404, b.get("statementId=" + id).statusCode());
        assertEquals(200, a.get("statementId=" + id).statusCode());
        assertEquals(2, a.ids(params("agent", alice.toString())).size(), "A: the statement and its voiding statement");
        // B sees only its voiding statement (its own statement is voided), in queries and more walks alike
        assertEquals(List.of(voidingInB), b.ids(params("limit", "1")));
        assertEquals(List.of(voidingInB), b.ids(params("agent", alice.toString(), "related_agents", "true")));
    }

    @Test
    @DisplayName("4.0: a disabled credential is 401 from the next request on")
    void disabledCredential() {
        LrsClient lrs = LrsClient.fresh("auth");
        assertEquals(200, lrs.get("").statusCode());
        HttpResponse<String> disable = LrsClient.send(HttpRequest.newBuilder(URI.create(LrsClient.BASE
                + "/api/admin/clients/" + lrs.key + "/disable"))
                .header("Authorization", LrsClient.basic(System.getProperty("scorelink.test.admin.key", "admin"),
                        System.getProperty("scorelink.test.admin.secret", "it-admin-secret")))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, disable.statusCode(), disable.body());
        assertEquals(false, json(disable.body()).asJsonObject().getBoolean("enabled"));
        assertEquals(401, lrs.get("").statusCode());
        assertEquals(401, lrs.post(statement(alice, verb, act).build()).statusCode());
    }
}
