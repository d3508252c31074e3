package org.scorelink.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorelink.xapi.boundary.LrsClient.json;
import static org.scorelink.xapi.boundary.StateIT.assertBad;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Agents resource over raw HTTP (xAPI 1.0.3 Communication 2.4). */
@DisplayName("Agents resource (Communication 2.4)")
class AgentsIT {

    private static final String DID = "http://example.com/verbs/did";

    private final LrsClient lrs = LrsClient.fresh("agents");
    private final String t = Stmts.tag();
    private final String mbox = "mailto:pat-" + t + "@example.com";

    private static HttpResponse<String> get(LrsClient lrs, String rawQuery, String version) {
        return LrsClient.send(lrs.request("/xapi/agents" + (rawQuery.isEmpty() ? "" : "?" + rawQuery))
                .setHeader("X-Experience-API-Version", version).GET());
    }

    private static String agentQuery(JsonObject agent) {
        return "agent=" + URLEncoder.encode(agent.toString(), StandardCharsets.UTF_8);
    }

    private static JsonObject person(LrsClient lrs, JsonObject agent, String version) {
        HttpResponse<String> r = get(lrs, agentQuery(agent), version);
        assertEquals(200, r.statusCode(), r.body());
        return json(r.body()).asJsonObject();
    }

    private JsonObject named(String name) {
        return Json.createObjectBuilder().add("objectType", "Agent").add("name", name).add("mbox", mbox).build();
    }

    private static Set<String> names(JsonObject person) {
        return person.getJsonArray("name").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "xAPI {0}")
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    @DisplayName("2.4.s2, 2.4.s5, 2.4.s6: a Person with array properties: every name seen for the Agent (as actor,"
            + " object, Group member, instructor) and its identifier")
    void personWithNames(String version) {
        lrs.store(Stmts.statement(named("Pat"), DID, "http://example.com/a/" + t).build());
        lrs.store(Stmts.statement(Stmts.agent("other-" + t), DID, named("Patricia")).build());
        lrs.store(Stmts.statement(Stmts.group("team-" + t, named("P. Smith")), DID, "http://example.com/a/" + t)
                .build());
        lrs.store(Stmts.statement(Stmts.agent("other-" + t), DID, "http://example.com/a/" + t)
                .add("context", Json.createObjectBuilder().add("instructor", named("Dr. Pat"))).build());
        lrs.store(Stmts.statement(named("Pat"), DID, "http://example.com/b/" + t).build()); // repeated name

        JsonObject p = person(lrs, Json.createObjectBuilder().add("mbox", mbox).build(), version);
        assertEquals("Person", p.getString("objectType"));
        assertEquals(Set.of("Pat", "Patricia", "P. Smith", "Dr. Pat"), names(p));
        assertEquals(4, p.getJsonArray("name").size(), "each name once");
        assertEquals(mbox, p.getJsonArray("mbox").getString(0));
        assertEquals(Set.of("objectType", "name", "mbox"), p.keySet(), "no other properties (2.4.s6.b2)");
    }

    @Test
    @DisplayName("2.4.s5: names are those given to the Agent; an identified Group with the same identifier is not the"
            + " Agent, so its name is not one of them")
    void groupNamesAreNotTheAgents() {
        lrs.store(Stmts.statement(named("Pat"), DID, "http://example.com/a/" + t).build());
        lrs.store(Stmts.statement(Stmts.group("pat-" + t), DID, "http://example.com/a/" + t).build());
        JsonObject p = person(lrs, Json.createObjectBuilder().add("mbox", mbox).build(), LrsClient.VERSION);
        assertEquals(Set.of("Pat"), names(p));
    }

    @Test
    @DisplayName("Communication 4.2.s2.table1.row4: names from a client without define (or all) do not change the"
            + " Person")
    void onlyClientsThatMayDefineName() {
        LrsClient writeOnly = LrsClient.create(lrs.store, "statements/write");
        LrsClient definer = LrsClient.create(lrs.store, "statements/write", "define");
        writeOnly.store(Stmts.statement(named("Mallory"), DID, "http://example.com/a/" + t).build());
        definer.store(Stmts.statement(named("Pat"), DID, "http://example.com/a/" + t).build());
        writeOnly.store(Stmts.statement(named("Eve"), DID, "http://example.com/a/" + t).build());
        JsonObject p = person(lrs, Json.createObjectBuilder().add("mbox", mbox).build(), LrsClient.VERSION);
        assertEquals(Set.of("Pat"), names(p));
    }

    @Test
    @DisplayName("Communication 3.1.s4.b1-b4, 1.1, IEEE 9274.1.1 4.1.4: ETag (SHA-1 of the body) and Last-Modified"
            + " (the newest statement mentioning the Agent); If-None-Match and If-Modified-Since give 304; HEAD")
    void validatorsAndConditionalGet() {
        String q = "/xapi/agents?" + agentQuery(Json.createObjectBuilder().add("mbox", mbox).build());
        HttpResponse<String> unknown = Caching.get(lrs, q, Map.of());
        Caching.assertEtagIsSha1OfBody(unknown);
        assertTrue(unknown.headers().firstValue("Last-Modified").isEmpty(), "no statement mentions the Agent yet");
        List<String> ids = lrs.store(Stmts.statement(Stmts.agent("other-" + t), DID, "http://example.com/a/" + t)
                .add("context", Json.createObjectBuilder().add("instructor", named("Dr. Pat"))).build());
        Caching.assertValidators(lrs, q, ids.get(0), unknown);
    }

    @Test
    @DisplayName("2.4.s3.b3: an Agent the LRS never saw still gets a Person with just its identifier")
    void unknownAgent() {
        JsonObject account = Json.createObjectBuilder().add("homePage", "http://example.com")
                .add("name", "u-" + t).build();
        JsonObject p = person(lrs, Json.createObjectBuilder().add("objectType", "Agent").add("account", account)
                .build(), LrsClient.VERSION);
        assertEquals(Json.createObjectBuilder().add("objectType", "Person")
                .add("account", Json.createArrayBuilder().add(account)).build(), p);
    }

    @Test
    @DisplayName("2.4.s2, IEEE 9274.1.1 4.1.5: a missing or malformed agent, a Group or a Person, and unknown"
            + " parameters are 400 naming the parameter")
    void badParameters() {
        assertBad(get(lrs, "", LrsClient.VERSION), "agent");
        assertBad(get(lrs, "agent=%7Bnot%20json", LrsClient.VERSION), "agent");
        assertBad(get(lrs, agentQuery(Json.createObjectBuilder().add("name", "no ifi").build()), LrsClient.VERSION),
                "agent");
        assertBad(get(lrs, agentQuery(Json.createObjectBuilder().add("mbox", mbox).add("openid", "http://x.example")
                .build()), LrsClient.VERSION), "agent");
        assertBad(get(lrs, agentQuery(Stmts.group("g-" + t)), LrsClient.VERSION), "agent");
        assertBad(get(lrs, agentQuery(Json.createObjectBuilder().add("objectType", "Person")
                .add("mbox", Json.createArrayBuilder().add(mbox)).build()), LrsClient.VERSION), "agent");
        assertBad(get(lrs, agentQuery(named("Pat")) + "&activityId=http://example.com", LrsClient.VERSION),
                "activityId");
    }

    @Test
    @DisplayName("2.4.s3.b2, Communication 4.2: statements/read/mine alone is 403")
    void scopes() {
        String q = agentQuery(named("Pat"));
        assertEquals(200, get(LrsClient.create(lrs.store, "statements/read"), q, LrsClient.VERSION).statusCode());
        assertEquals(200, get(LrsClient.create(lrs.store, "define"), q, LrsClient.VERSION).statusCode());
        assertEquals(403, get(LrsClient.create(lrs.store, "statements/read/mine"), q, LrsClient.VERSION)
                .statusCode());
    }

    @Test
    @DisplayName("Tenant isolation: names from another store's statements never appear")
    void tenantIsolation() {
        LrsClient other = LrsClient.fresh("agents-other");
        other.store(Stmts.statement(named("Secret"), DID, "http://example.com/a/" + t).build());
        JsonObject p = person(lrs, named("Pat"), LrsClient.VERSION);
        assertEquals(Set.of("objectType", "mbox"), p.keySet(), p.toString());
        assertEquals(Set.of("Secret"), names(person(other, named("Pat"), LrsClient.VERSION)));
    }
}
