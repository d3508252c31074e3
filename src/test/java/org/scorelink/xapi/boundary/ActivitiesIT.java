package org.scorelink.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.scorelink.xapi.boundary.LrsClient.json;
import static org.scorelink.xapi.boundary.StateIT.assertBad;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
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
            + " per language; other properties come from the newest statement that has them")
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

    @Test
    @DisplayName("Data 2.4.4.1.s4.b3: the newest interaction definition replaces the older one's components")
    void newestInteractionWins() {
        var older = Json.createObjectBuilder().add("interactionType", "choice")
                .add("correctResponsesPattern", Json.createArrayBuilder().add("a"))
                .add("choices", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", "a")
                        .add("description", map("en-US", "A"))));
        var newer = Json.createObjectBuilder().add("interactionType", "choice")
                .add("correctResponsesPattern", Json.createArrayBuilder().add("b"))
                .add("choices", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", "b")
                        .add("description", map("en-US", "B"))));
        store(defined(iri, older.build()));
        store(defined(iri, newer.build()));
        JsonObject d = activity(lrs, iri, LrsClient.VERSION).getJsonObject("definition");
        assertEquals("b", d.getJsonArray("correctResponsesPattern").getString(0));
        assertEquals(1, d.getJsonArray("choices").size());
        assertEquals("b", d.getJsonArray("choices").getJsonObject(0).getString("id"));
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
