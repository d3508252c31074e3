package org.scorelink.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorelink.xapi.boundary.LrsClient.json;
import static org.scorelink.xapi.boundary.StateIT.assertBad;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Activities resource over raw HTTP (xAPI 1.0.3 Communication 2.5, Data 2.4.4.1). */
@DisplayName("Activities resource (Communication 2.5)")
class ActivitiesIT {

    private static final String DID = "http://example.com/verbs/did";

    private final LrsClient lrs = LrsClient.fresh("activities");
    private final String t = Stmts.tag();
    private final String iri = "http://example.com/activities/a-" + t;
    private final JsonObject actor = Stmts.agent("learner-" + t);

    static HttpResponse<String> get(LrsClient lrs, String query, String version) {
        return LrsClient.send(lrs.request("/xapi/activities" + (query.isEmpty() ? "" : "?" + query))
                .setHeader("X-Experience-API-Version", version).GET());
    }

    private static HttpResponse<String> get(LrsClient lrs, String query) {
        return get(lrs, query, LrsClient.VERSION);
    }

    static JsonObject activity(LrsClient lrs, String iri, String version) {
        HttpResponse<String> r = get(lrs, LrsClient.query(LrsClient.params("activityId", iri)), version);
        assertEquals(200, r.statusCode(), r.body());
        return json(r.body()).asJsonObject();
    }

    private static JsonObject defined(String iri, JsonObject definition) {
        return Json.createObjectBuilder().add("objectType", "Activity").add("id", iri).add("definition", definition)
                .build();
    }

    private static JsonObject map(String... kv) {
        var b = Json.createObjectBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            b.add(kv[i], kv[i + 1]);
        }
        return b.build();
    }

    private void store(JsonObject object) {
        lrs.store(Stmts.statement(actor, DID, object).build());
    }

    @ParameterizedTest(name = "xAPI {0}")
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    @DisplayName("2.5.s1, Data 2.4.4.1.s4.b3: language maps from several statements are merged, the newest winning"
            + " per language; type and moreInfo come from the newest statement that has them")
    void mergesLanguageMaps(String version) {
        store(defined(iri, Json.createObjectBuilder().add("name", map("en-US", "Old", "de-DE", "Alt"))
                .add("description", map("fr-FR", "Une leçon"))
                .add("type", "http://example.com/types/old").add("moreInfo", "http://example.com/info").build()));
        store(defined(iri, Json.createObjectBuilder().add("name", map("en-US", "New"))
                .add("type", "http://example.com/types/new").build()));
        store(Stmts.activity(iri)); // no definition: changes nothing

        JsonObject a = activity(lrs, iri, version);
        assertEquals("Activity", a.getString("objectType"));
        assertEquals(iri, a.getString("id"));
        JsonObject d = a.getJsonObject("definition");
        assertEquals(map("en-US", "New", "de-DE", "Alt"), d.getJsonObject("name"));
        assertEquals(map("fr-FR", "Une leçon"), d.getJsonObject("description"));
        assertEquals("http://example.com/types/new", d.getString("type"), "newest definition wins");
        assertEquals("http://example.com/info", d.getString("moreInfo"), "kept from the older statement");
    }

    private static JsonObject choice(String answer, String description) {
        return Json.createObjectBuilder().add("interactionType", "choice")
                .add("correctResponsesPattern", Json.createArrayBuilder().add(answer))
                .add("choices", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("id", answer).add("description", map("en-US", description)))
                        .add(Json.createObjectBuilder().add("id", "none")))
                .build();
    }

    @Test
    @DisplayName("Data 2.4.4.1.s4.b5: the first interaction definition keeps its type, correct responses and"
            + " components, however many later definitions differ; component descriptions still update")
    void firstInteractionStays() {
        store(defined(iri, choice("a", "Answer A")));
        JsonObject b = choice("b", "Answer B");
        store(defined(iri, Json.createObjectBuilder(b).add("choices", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("id", "a").add("description", map("en-US", "A, reworded")))
                .add(Json.createObjectBuilder().add("id", "b"))).build()));
        JsonObject d = activity(lrs, iri, LrsClient.VERSION).getJsonObject("definition");
        assertEquals(Json.createArrayBuilder().add("a").build(), d.getJsonArray("correctResponsesPattern"));
        assertEquals(Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("id", "a").add("description", map("en-US", "A, reworded")))
                .add(Json.createObjectBuilder().add("id", "none")).build(), d.getJsonArray("choices"));

        // More differing definitions than scorelink.xapi.definition-scan (200) reads: the first still holds.
        var batch = Json.createArrayBuilder();
        for (int i = 0; i < 250; i++) {
            batch.add(Stmts.statement(actor, DID, defined(iri, Json.createObjectBuilder(b)
                    .add("name", map("en-US", "Question")).build())));
        }
        lrs.store(batch.build());
        d = activity(lrs, iri, LrsClient.VERSION).getJsonObject("definition");
        assertEquals("a", d.getJsonArray("correctResponsesPattern").getString(0), d.toString());
        assertEquals("choice", d.getString("interactionType"));
        assertEquals("Question", d.getJsonObject("name").getString("en-US"), "language maps still update");
    }

    @Test
    @DisplayName("Communication 4.2.s2.table1.row4, Data 2.4.4.1.s4.b3: statements from a client without define"
            + " (or all) are stored but never change the canonical definition")
    void onlyClientsThatMayDefineDefine() {
        LrsClient writeOnly = LrsClient.create(lrs.store, "statements/write", "statements/read");
        LrsClient definer = LrsClient.create(lrs.store, "statements/write", "define");
        List<String> ids = writeOnly.store(Stmts.statement(actor, DID, defined(iri,
                Json.createObjectBuilder().add("name", map("en-US", "Undefined")).build())).build());
        assertEquals(iri, writeOnly.statement(ids.get(0)).getJsonObject("object").getString("id"), "the id is saved");
        HttpResponse<String> r = get(lrs, LrsClient.query(LrsClient.params("activityId", iri)));
        assertFalse(json(r.body()).asJsonObject().containsKey("definition"), r.body());
        assertTrue(r.headers().firstValue("Last-Modified").isPresent(), "the Activity is known");

        definer.store(Stmts.statement(actor, DID, defined(iri, Json.createObjectBuilder()
                .add("name", map("en-US", "Defined")).add("type", "http://example.com/types/a").build())).build());
        writeOnly.store(Stmts.statement(actor, DID, defined(iri, Json.createObjectBuilder()
                .add("name", map("en-US", "Redefined", "fr-FR", "Redéfini")).add("type", "http://example.com/types/b")
                .add("interactionType", "true-false").build())).build());
        JsonObject d = activity(lrs, iri, LrsClient.VERSION).getJsonObject("definition");
        assertEquals(Json.createObjectBuilder().add("name", map("en-US", "Defined"))
                .add("type", "http://example.com/types/a").build(), d);
        store(defined(iri, Json.createObjectBuilder().add("name", map("en-US", "By all")).build()));
        assertEquals("By all", activity(lrs, iri, LrsClient.VERSION).getJsonObject("definition")
                .getJsonObject("name").getString("en-US"), "scope all defines");
    }

    @Test
    @DisplayName("Communication 3.1.s4.b1-b4, 1.1, IEEE 9274.1.1 4.1.4: ETag (SHA-1 of the body) and Last-Modified;"
            + " If-None-Match and If-Modified-Since give 304; HEAD answers the same headers without a body")
    void validatorsAndConditionalGet() {
        String q = "/xapi/activities?" + LrsClient.query(LrsClient.params("activityId", iri));
        HttpResponse<String> unknown = Caching.get(lrs, q, Map.of());
        Caching.assertEtagIsSha1OfBody(unknown);
        assertTrue(unknown.headers().firstValue("Last-Modified").isEmpty(), "no statement mentions it yet");

        List<String> ids = lrs.store(Stmts.statement(actor, DID, Stmts.definedActivity(iri)).build());
        Caching.assertValidators(lrs, q, ids.get(0), unknown);
        HttpResponse<String> defined = Caching.get(lrs, q, Map.of());
        assertEquals("Hello", json(defined.body()).asJsonObject().getJsonObject("definition")
                .getJsonObject("name").getString("en-US"));

        // Voiding the only definition changes the answer: both validators move on.
        List<String> voiding = lrs.store(Stmts.voiding(actor, ids.get(0)).build());
        HttpResponse<String> after = Caching.get(lrs, q, Map.of("If-None-Match", Caching.etag(defined)));
        assertEquals(200, after.statusCode());
        assertFalse(json(after.body()).asJsonObject().containsKey("definition"), after.body());
        assertEquals(Caching.lastModified(lrs, voiding.get(0)), after.headers().firstValue("Last-Modified").orElseThrow());
    }

    @Test
    @DisplayName("2.5.s1: a definition is still found behind more statements without one than a page holds")
    void definitionBehindManyBareStatements() {
        store(Stmts.definedActivity(iri));
        var batch = Json.createArrayBuilder();
        for (int i = 0; i < 450; i++) {
            batch.add(Stmts.statement(actor, DID, iri));
        }
        lrs.store(batch.build());
        JsonObject d = activity(lrs, iri, LrsClient.VERSION).getJsonObject("definition");
        assertEquals("Hello", d.getJsonObject("name").getString("en-US"));
    }

    @Test
    @DisplayName("2.5.s1: definitions given in context activities and in a SubStatement count")
    void contextActivitiesCount() {
        JsonObject parent = defined(iri, Json.createObjectBuilder().add("name", map("en-US", "Course")).build());
        lrs.store(Stmts.statement(actor, DID, Stmts.activity("http://example.com/other-" + t))
                .add("context", Json.createObjectBuilder().add("contextActivities",
                        Json.createObjectBuilder().add("parent", Json.createArrayBuilder().add(parent))))
                .build());
        JsonObject sub = Json.createObjectBuilder().add("objectType", "SubStatement").add("actor", actor)
                .add("verb", Stmts.verb(DID))
                .add("object", defined(iri, Json.createObjectBuilder().add("name", map("de-DE", "Kurs")).build()))
                .build();
        store(sub);
        JsonObject d = activity(lrs, iri, LrsClient.VERSION).getJsonObject("definition");
        assertEquals(map("en-US", "Course", "de-DE", "Kurs"), d.getJsonObject("name"));
    }

    @ParameterizedTest(name = "xAPI {0}")
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    @DisplayName("2.5.s2.b1: an Activity the LRS never saw is still returned, with only its id")
    void unknownActivity(String version) {
        JsonObject a = activity(lrs, iri, version);
        assertEquals(Json.createObjectBuilder().add("objectType", "Activity").add("id", iri).build(), a);
        store(Stmts.activity(iri));
        assertFalse(activity(lrs, iri, version).containsKey("definition"), "seen without a definition");
    }

    @Test
    @DisplayName("2.5.s1, IEEE 9274.1.1 4.1.5: a missing or malformed activityId and unknown parameters are 400 naming"
            + " the parameter")
    void badParameters() {
        assertBad(get(lrs, ""), "activityId");
        assertBad(get(lrs, "activityId=not%20an%20iri"), "activityId");
        assertBad(get(lrs, "activityid=" + iri), "activityid");
        assertBad(get(lrs, "activityId=" + iri + "&since=2020-01-01T00:00:00Z"), "since");
    }

    @Test
    @DisplayName("Communication 4.2: readable with all/read, define or statements/read; statements/read/mine and"
            + " statements/write alone are 403")
    void scopes() {
        String q = LrsClient.query(LrsClient.params("activityId", iri));
        for (String scope : new String[] {"all/read", "define", "statements/read"}) {
            assertEquals(200, get(LrsClient.create(lrs.store, scope), q).statusCode(), scope);
        }
        for (String scope : new String[] {"statements/read/mine", "statements/write", "state"}) {
            assertEquals(403, get(LrsClient.create(lrs.store, scope), q).statusCode(), scope);
        }
    }

    @Test
    @DisplayName("Tenant isolation: another store's statements never contribute to the definition")
    void tenantIsolation() {
        LrsClient other = LrsClient.fresh("activities-other");
        other.store(Stmts.statement(actor, DID, Stmts.definedActivity(iri)).build());
        assertFalse(activity(lrs, iri, LrsClient.VERSION).containsKey("definition"));
        assertEquals("Hello", activity(other, iri, LrsClient.VERSION).getJsonObject("definition")
                .getJsonObject("name").getString("en-US"));
    }
}
