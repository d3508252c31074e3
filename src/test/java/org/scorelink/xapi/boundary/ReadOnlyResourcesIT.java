package org.scorelink.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorelink.xapi.boundary.LrsClient.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The read-only Activities and Agents resources (Communication 1.1, 2.4, 2.5): the cases of the ADL conformance suite
 * that {@link ActivitiesIT} and {@link AgentsIT} do not make — methods, HEAD, and Person objects for every kind of
 * identifier.
 */
@DisplayName("Activities and Agents resources: methods, HEAD, identifiers (Communication 1.1, 2.4, 2.5)")
class ReadOnlyResourcesIT {

    private static final String DID = "http://example.com/verbs/did";

    private final LrsClient lrs = LrsClient.fresh("readonly");
    private final String t = Stmts.tag();
    private final String iri = "http://example.com/activities/ro-" + t;

    private String query(String path) {
        return path.equals("/xapi/activities")
                ? LrsClient.query(LrsClient.params("activityId", iri))
                : LrsClient.query(LrsClient.params("agent", Stmts.agent("ro-" + t).toString()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/xapi/activities", "/xapi/agents"})
    @DisplayName("2.4, 2.5: the resources answer GET only; PUT, POST and DELETE are 405 (the suite's 'method not in"
            + " this specification')")
    void onlyGet(String path) {
        String url = path + "?" + query(path);
        for (String method : List.of("PUT", "POST", "DELETE")) {
            HttpResponse<String> r = LrsClient.send(lrs.request(url).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString("{}")));
            assertEquals(405, r.statusCode(), method + " " + path + ": " + r.body());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/xapi/activities", "/xapi/agents"})
    @DisplayName("1.1.s3.b1: HEAD answers like GET without a body")
    void head(String path) {
        HttpResponse<String> r = LrsClient.send(lrs.request(path + "?" + query(path))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().isEmpty());
    }

    @Test
    @DisplayName("2.5.s1: the Activity stored with one full definition is returned as it was sent")
    void completeActivity() {
        JsonObject object = Json.createObjectBuilder().add("objectType", "Activity").add("id", iri)
                .add("definition", Json.createObjectBuilder()
                        .add("type", "http://adlnet.gov/expapi/activities/meeting")
                        .add("name", Json.createObjectBuilder().add("en-GB", "example meeting")
                                .add("en-US", "example meeting"))
                        .add("description", Json.createObjectBuilder().add("en-US", "An example meeting"))
                        .add("moreInfo", "http://virtualmeeting.example.com/345256")
                        .add("extensions", Json.createObjectBuilder()
                                .add("http://example.com/profiles/meetings/extension/reporter",
                                        Json.createObjectBuilder().add("name", "Thomas")
                                                .add("id", "http://openid.com/342"))))
                .build();
        lrs.store(Stmts.statement(Stmts.agent("ro-" + t), DID, object).build());
        for (String version : List.of("1.0.3", "2.0.0")) {
            assertEquals(object, ActivitiesIT.activity(lrs, iri, version), version);
        }
    }

    @Test
    @DisplayName("2.5.s1 (2.0 4.1.6.4): two statements of one batch naming an Activity in different languages both"
            + " contribute to its name")
    void languagesOfOneBatchMerged() {
        JsonObject gb = Json.createObjectBuilder().add("en-GB", "example meeting").add("en-US", "example meeting")
                .build();
        JsonObject fr = Json.createObjectBuilder().add("en-GB", "example meeting").add("fr-FR", "réunion").build();
        JsonObject actor = Stmts.agent("ro-" + t);
        lrs.store(LrsClient.array(
                Stmts.statement(actor, DID, Json.createObjectBuilder().add("objectType", "Activity").add("id", iri)
                        .add("definition", Json.createObjectBuilder().add("name", gb)).build()).build(),
                Stmts.statement(actor, DID, Json.createObjectBuilder().add("objectType", "Activity").add("id", iri)
                        .add("definition", Json.createObjectBuilder().add("name", fr)).build()).build()));
        JsonObject name = ActivitiesIT.activity(lrs, iri, "2.0.0").getJsonObject("definition").getJsonObject("name");
        assertEquals("example meeting", name.getString("en-US"));
        assertEquals("réunion", name.getString("fr-FR"));
    }

    @Test
    @DisplayName("2.4.s5 table rows 4-6: a Person's mbox_sha1sum, openid and account are arrays of what identifies the"
            + " Agent, whichever identifier the query used")
    void personForEveryIdentifier() {
        String sha1 = "cd9b00a5611f94eaa7b1661edab976068e364975";
        String openid = "http://openid.example.org/ro-" + t;
        JsonObject account = Json.createObjectBuilder().add("homePage", "http://www.example.com/agentId/1")
                .add("name", "ro-" + t).build();
        List<JsonObject> agents = List.of(Json.createObjectBuilder().add("mbox_sha1sum", sha1).build(),
                Json.createObjectBuilder().add("openid", openid).build(),
                Json.createObjectBuilder().add("objectType", "Agent").add("account", account).build());
        for (JsonObject agent : agents) {
            lrs.store(Stmts.statement(agent, DID, iri).build());
        }
        assertEquals(Json.createArrayBuilder().add(sha1).build(), person(agents.get(0)).getJsonArray("mbox_sha1sum"));
        assertEquals(Json.createArrayBuilder().add(openid).build(), person(agents.get(1)).getJsonArray("openid"));
        assertEquals(Json.createArrayBuilder().add(account).build(), person(agents.get(2)).getJsonArray("account"));
        assertEquals("Person", person(agents.get(0)).getString("objectType"));
    }

    private JsonObject person(JsonObject agent) {
        HttpResponse<String> r = LrsClient.send(lrs.request("/xapi/agents?"
                + LrsClient.query(LrsClient.params("agent", agent.toString()))).GET());
        assertEquals(200, r.statusCode(), r.body());
        return json(r.body()).asJsonObject();
    }
}
