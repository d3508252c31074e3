package org.scorelink.xapi.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.UUID;

/** Builders for test statements. Every IRI and mailbox carries a per-test tag so tests never see each other's data. */
final class Stmts {

    static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    private Stmts() {
    }

    /** A short unique tag for IRIs and mailboxes. */
    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static JsonObject agent(String mboxUser) {
        return Json.createObjectBuilder().add("objectType", "Agent").add("name", mboxUser)
                .add("mbox", "mailto:" + mboxUser + "@example.com").build();
    }

    /** An identified Group with members. */
    static JsonObject group(String mboxUser, JsonObject... members) {
        var m = Json.createArrayBuilder();
        for (JsonObject a : members) {
            m.add(a);
        }
        return Json.createObjectBuilder().add("objectType", "Group").add("name", "group " + mboxUser)
                .add("mbox", "mailto:" + mboxUser + "@example.com").add("member", m).build();
    }

    /** An anonymous Group. */
    static JsonObject anonymousGroup(JsonObject... members) {
        var m = Json.createArrayBuilder();
        for (JsonObject a : members) {
            m.add(a);
        }
        return Json.createObjectBuilder().add("objectType", "Group").add("member", m).build();
    }

    static JsonObject verb(String iri) {
        return Json.createObjectBuilder().add("id", iri)
                .add("display", Json.createObjectBuilder().add("en-US", "did").add("de-DE", "tat")).build();
    }

    static JsonObject activity(String iri) {
        return Json.createObjectBuilder().add("objectType", "Activity").add("id", iri).build();
    }

    /** An Activity with a bilingual name and description. */
    static JsonObject definedActivity(String iri) {
        return Json.createObjectBuilder().add("objectType", "Activity").add("id", iri)
                .add("definition", Json.createObjectBuilder()
                        .add("name", Json.createObjectBuilder().add("en-US", "Hello").add("de-DE", "Hallo"))
                        .add("description", Json.createObjectBuilder().add("en-US", "A greeting")
                                .add("de-DE", "Ein Gruss"))
                        .add("type", "http://adlnet.gov/expapi/activities/lesson"))
                .build();
    }

    static JsonObject ref(String statementId) {
        return Json.createObjectBuilder().add("objectType", "StatementRef").add("id", statementId).build();
    }

    static JsonObjectBuilder statement(JsonObject actor, String verb, JsonObject object) {
        return Json.createObjectBuilder().add("actor", actor).add("verb", verb(verb)).add("object", object);
    }

    static JsonObjectBuilder statement(JsonObject actor, String verb, String activityIri) {
        return statement(actor, verb, activity(activityIri));
    }

    /** A voiding statement (Data 2.3.2). */
    static JsonObjectBuilder voiding(JsonObject actor, String targetId) {
        return Json.createObjectBuilder().add("actor", actor)
                .add("verb", Json.createObjectBuilder().add("id", VOIDED)
                        .add("display", Json.createObjectBuilder().add("en-US", "voided")))
                .add("object", ref(targetId));
    }
}
