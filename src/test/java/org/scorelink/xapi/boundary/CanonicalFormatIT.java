package org.scorelink.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.scorelink.xapi.boundary.LrsClient.json;
import static org.scorelink.xapi.boundary.LrsClient.params;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GET statements with {@code format=canonical} (Communication 2.1.3, format parameter; 2.0 4.1.6.1): Activities come
 * with the LRS's canonical definition — the one {@code GET /xapi/activities} returns — after the language filtering of
 * 2.1.3.s4; Agents and Groups as in exact.
 */
@DisplayName("Statement resource, format=canonical (Communication 2.1.3)")
class CanonicalFormatIT {

    private static final String DID = "http://example.com/verbs/did";

    private final LrsClient lrs = LrsClient.fresh("canonical");
    private final String t = Stmts.tag();
    private final String lesson = "http://example.com/activities/lesson-" + t;
    private final String course = "http://example.com/activities/course-" + t;
    private final JsonObject actor = Stmts.agent("learner-" + t);

    private static JsonObject map(String... kv) {
        var b = Json.createObjectBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            b.add(kv[i], kv[i + 1]);
        }
        return b.build();
    }

    private static JsonObject activity(String iri, JsonObject definition) {
        return Json.createObjectBuilder().add("objectType", "Activity").add("id", iri).add("definition", definition)
                .build();
    }

    private static JsonObject withParent(JsonObject statement, JsonObject parent) {
        return Json.createObjectBuilder(statement).add("context", Json.createObjectBuilder()
                .add("contextActivities", Json.createObjectBuilder().add("parent", Json.createArrayBuilder()
                        .add(parent)))).build();
    }

    /** The first stored statement: a sparse definition of the lesson, its course without any. */
    private String sparse(LrsClient client) {
        JsonObject s = Stmts.statement(actor, DID, activity(lesson, Json.createObjectBuilder()
                .add("name", map("en-US", "Lesson")).build())).build();
        return client.store(withParent(s, Stmts.activity(course))).get(0);
    }

    /** A later statement about something else that names the lesson (in German) and the course. */
    private void later(LrsClient client) {
        JsonObject s = Stmts.statement(actor, DID, activity(course, Json.createObjectBuilder()
                .add("name", map("en-US", "Course", "de-DE", "Kurs")).build())).build();
        JsonObject parent = activity(lesson, Json.createObjectBuilder().add("name", map("de-DE", "Lektion"))
                .add("description", map("de-DE", "Eine Lektion", "en-US", "A lesson"))
                .add("type", "http://adlnet.gov/expapi/activities/lesson").build());
        client.store(withParent(s, parent));
    }

    private JsonObject get(LrsClient client, String query, String version, String languages) {
        var request = client.request("/xapi/statements?" + query).setHeader("X-Experience-API-Version", version);
        if (languages != null) {
            request.header("Accept-Language", languages);
        }
        HttpResponse<String> r = LrsClient.send(request.GET());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(version, r.headers().firstValue("X-Experience-API-Version").orElse(""));
        return json(r.body()).asJsonObject();
    }

    private JsonObject canonical(String id, String version, String languages) {
        return get(lrs, "statementId=" + id + "&format=canonical", version, languages);
    }

    private static JsonObject definitionOf(JsonObject statement) {
        return statement.getJsonObject("object").getJsonObject("definition");
    }

    private static JsonObject parentOf(JsonObject statement) {
        return statement.getJsonObject("context").getJsonObject("contextActivities").getJsonArray("parent")
                .getJsonObject(0);
    }

    @ParameterizedTest(name = "xAPI {0}")
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    @DisplayName("2.1.3 format table: a statement sent with a sparse definition comes back with the canonical one "
            + "(a name and description from a later statement, in another language), then 2.1.3.s4 filters it")
    void sparseDefinitionComesBackCanonical(String version) {
        String id = sparse(lrs);
        later(lrs);

        JsonObject de = canonical(id, version, "de-DE");
        assertEquals(Json.createObjectBuilder().add("name", map("de-DE", "Lektion"))
                .add("description", map("de-DE", "Eine Lektion"))
                .add("type", "http://adlnet.gov/expapi/activities/lesson").build(), definitionOf(de));
        assertEquals(activity(course, Json.createObjectBuilder().add("name", map("de-DE", "Kurs")).build()),
                parentOf(de), "a context activity sent without a definition gets the canonical one too");
        assertEquals(actor, de.getJsonObject("actor"), "Agents as in exact");

        JsonObject en = canonical(id, version, "en-US, de;q=0.5");
        assertEquals(map("en-US", "Lesson"), definitionOf(en).getJsonObject("name"));
        assertEquals(map("en-US", "A lesson"), definitionOf(en).getJsonObject("description"));
        assertEquals(map("en-US", "did"), en.getJsonObject("verb").getJsonObject("display"),
                "the Verb's display, one language (2.1.3.s4)");

        // The same in a StatementResult, and the same definition GET /xapi/activities merges.
        JsonObject page = get(lrs, LrsClient.query(params("activity", lesson, "format", "canonical")), version,
                "de-DE");
        JsonObject listed = page.getJsonArray("statements").getJsonObject(0);
        assertEquals(id, listed.getString("id"));
        assertEquals(definitionOf(de), definitionOf(listed));
        JsonObject resource = ActivitiesIT.activity(lrs, lesson, version).getJsonObject("definition");
        assertEquals(map("en-US", "Lesson", "de-DE", "Lektion"), resource.getJsonObject("name"));
    }

    @ParameterizedTest(name = "xAPI {0}")
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    @DisplayName("2.1.3 / Data 2.4.3.s6.b1: exact (the default) still returns every object exactly as received")
    void exactIsUnchanged(String version) {
        String id = sparse(lrs);
        later(lrs);
        JsonObject sent = withParent(Stmts.statement(actor, DID, activity(lesson, Json.createObjectBuilder()
                .add("name", map("en-US", "Lesson")).build())).build(), Stmts.activity(course));
        for (String query : new String[] {"statementId=" + id, "statementId=" + id + "&format=exact"}) {
            JsonObject s = get(lrs, query, version, "de-DE");
            assertEquals(sent.get("object"), s.get("object"), query);
            assertEquals(sent.get("context"), s.get("context"), query);
            assertEquals(sent.get("verb"), s.get("verb"), query);
        }
    }

    @ParameterizedTest(name = "xAPI {0}")
    @ValueSource(strings = {"1.0.3", "2.0.0"})
    @DisplayName("4.2 define, Data 2.4.4.1.s4.b3: a client without define changes nothing canonical shows, even for "
            + "its own statement")
    void clientWithoutDefineDoesNotChangeWhatCanonicalShows(String version) {
        sparse(lrs);
        LrsClient noDefine = LrsClient.create(lrs.store, "statements/write", "statements/read");
        String id = noDefine.store(Stmts.statement(actor, DID, activity(lesson, Json.createObjectBuilder()
                .add("name", map("en-US", "Hijacked", "fr-FR", "Piraté")).build())).build()).get(0);
        String unknown = "http://example.com/activities/only-undefined-" + t;
        String other = noDefine.store(Stmts.statement(actor, DID, activity(unknown, Json.createObjectBuilder()
                .add("name", map("en-US", "Nobody may define me")).build())).build()).get(0);

        JsonObject s = get(noDefine, "statementId=" + id + "&format=canonical", version, "fr-FR");
        assertEquals(map("en-US", "Lesson"), definitionOf(s).getJsonObject("name"),
                "the defining client's name, not the one this statement gave");
        JsonObject o = get(noDefine, "statementId=" + other + "&format=canonical", version, null)
                .getJsonObject("object");
        assertEquals(Stmts.activity(unknown), o, "the LRS has no definition of it: none is returned");
        assertEquals("Hijacked", get(noDefine, "statementId=" + id, version, null).getJsonObject("object")
                .getJsonObject("definition").getJsonObject("name").getString("en-US"), "exact keeps what was sent");
    }

    @Test
    @DisplayName("2.1.3: a statement stored after a canonical read changes the next canonical read at once")
    void newDefinitionsShowAtOnce() {
        String id = sparse(lrs);
        assertEquals(map("en-US", "Lesson"), definitionOf(canonical(id, "2.0.0", "en-US")).getJsonObject("name"));
        lrs.store(Stmts.statement(actor, DID, activity(lesson, Json.createObjectBuilder()
                .add("name", map("en-US", "Lesson, corrected")).build())).build());
        assertEquals(map("en-US", "Lesson, corrected"),
                definitionOf(canonical(id, "2.0.0", "en-US")).getJsonObject("name"), "Data 2.4.4.1.s4.b4");
    }

    @Test
    @DisplayName("2.1.3: a SubStatement's Activity and context activities get the canonical definition")
    void subStatements() {
        later(lrs);
        JsonObject sub = Json.createObjectBuilder().add("objectType", "SubStatement").add("actor", actor)
                .add("verb", Stmts.verb(DID)).add("object", Stmts.activity(lesson))
                .add("context", Json.createObjectBuilder().add("contextActivities", Json.createObjectBuilder()
                        .add("grouping", Json.createArrayBuilder().add(Stmts.activity(course))))).build();
        String id = lrs.store(Stmts.statement(actor, "http://example.com/verbs/planned", sub).build()).get(0);
        JsonObject o = canonical(id, "2.0.0", "de").getJsonObject("object");
        assertEquals(map("de-DE", "Lektion"), o.getJsonObject("object").getJsonObject("definition")
                .getJsonObject("name"));
        assertEquals(map("de-DE", "Kurs"), o.getJsonObject("context").getJsonObject("contextActivities")
                .getJsonArray("grouping").getJsonObject(0).getJsonObject("definition").getJsonObject("name"));
    }

    @Test
    @DisplayName("4.2: under statements/read/mine canonical filters the statement's own definitions (definitions "
            + "merge other clients' statements, which that scope may not read)")
    void readMineGetsItsOwnDefinitionsFiltered() {
        later(lrs);
        LrsClient mine = LrsClient.create(lrs.store, "statements/write", "statements/read/mine", "define");
        String id = sparse(mine);
        JsonObject s = get(mine, "statementId=" + id + "&format=canonical", "2.0.0", "de-DE");
        assertEquals(map("en-US", "Lesson"), definitionOf(s).getJsonObject("name"));
        assertFalse(definitionOf(s).containsKey("description"));
        assertEquals(Stmts.activity(course), parentOf(s));
        Map<String, JsonValue> all = canonical(id, "2.0.0", "de-DE").getJsonObject("object");
        assertEquals(map("de-DE", "Lektion"), ((JsonObject) all.get("definition")).getJsonObject("name"),
                "with statements/read the same statement shows the canonical definition");
    }
}
