package org.scorelink.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.scorelink.xapi.boundary.LrsClient.array;
import static org.scorelink.xapi.boundary.LrsClient.json;
import static org.scorelink.xapi.boundary.LrsClient.params;
import static org.scorelink.xapi.boundary.Stmts.agent;
import static org.scorelink.xapi.boundary.Stmts.statement;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Voided statements and StatementRef filtering (Communication 2.1.3.s3, 2.1.4; Data 2.3.2). */
@DisplayName("Voiding and StatementRefs (Communication 2.1.3.s3, 2.1.4)")
class VoidingIT {

    private final LrsClient lrs = LrsClient.fresh("voiding");
    private final String t = Stmts.tag();
    private final JsonObject alice = agent("alice-" + t);
    private final JsonObject bob = agent("bob-" + t);
    private final JsonObject carol = agent("carol-" + t);
    private final String verb = "http://example.com/verbs/" + t + "/completed";
    private final String confirmed = "http://example.com/verbs/" + t + "/confirmed";
    private final String act = "http://example.com/activities/" + t;
    private final String parent = "http://example.com/activities/" + t + "/parent";
    private final UUID reg = UUID.randomUUID();

    private JsonObjectBuilder target() {
        return statement(alice, verb, act).add("context", Json.createObjectBuilder()
                .add("registration", reg.toString())
                .add("contextActivities", Json.createObjectBuilder().add("parent", Json.createArrayBuilder()
                        .add(Stmts.activity(parent)))));
    }

    @Test
    @DisplayName("2.1.4.s1.b1: a voided statement is gone from statementId (404) and queries, found by voidedStatementId")
    void voidedIsHidden() {
        String target = store(target());
        String voiding = store(Stmts.voiding(bob, target));

        assertEquals(404, lrs.get("statementId=" + target).statusCode());
        var byVoided = lrs.get("voidedStatementId=" + target);
        assertEquals(200, byVoided.statusCode(), byVoided.body());
        JsonObject voided = json(byVoided.body()).asJsonObject();
        assertEquals(target, voided.getString("id"));
        assertEquals(alice, voided.getJsonObject("actor"));
        StatementsIT.assertHeaders(byVoided);

        assertEquals(List.of(voiding), lrs.ids(params()), "only the voiding statement is listed");
        assertEquals(200, lrs.get("statementId=" + voiding).statusCode(), "the voiding statement itself is not voided");
        // 2.1.3.s3: format and attachments are allowed with voidedStatementId
        assertEquals(200, lrs.get("voidedStatementId=" + target + "&format=ids&attachments=false").statusCode());
        assertEquals(400, lrs.get("voidedStatementId=" + target + "&verb=" + verb).statusCode());
    }

    @Test
    @DisplayName("2.1.4: voidedStatementId of a statement that is not voided, or unknown, is 404")
    void voidedStatementIdOfNonVoided() {
        String plain = store(target());
        assertEquals(404, lrs.get("voidedStatementId=" + plain).statusCode());
        assertEquals(404, lrs.get("voidedStatementId=" + UUID.randomUUID()).statusCode());
        String voiding = store(Stmts.voiding(bob, plain));
        assertEquals(404, lrs.get("voidedStatementId=" + voiding).statusCode(), "the voiding statement is not voided");
    }

    @Test
    @DisplayName("2.1.4.s1.b2: the voiding statement matches every filter of the voided one (agent, verb, activity, registration)")
    void voidingMatchesTargetFilters() {
        String target = store(target());
        String voiding = store(Stmts.voiding(bob, target));
        String unrelated = store(statement(carol, verb + "/x", act + "/x"));

        assertEquals(List.of(voiding), lrs.ids(params("agent", alice.toString())));
        assertEquals(List.of(voiding), lrs.ids(params("verb", verb)));
        assertEquals(List.of(voiding), lrs.ids(params("activity", act)));
        assertEquals(List.of(voiding), lrs.ids(params("registration", reg.toString())));
        assertEquals(List.of(voiding), lrs.ids(params("activity", parent, "related_activities", "true")));
        assertEquals(List.of(voiding), lrs.ids(params("agent", bob.toString())), "and its own actor");
        assertEquals(List.of(voiding), lrs.ids(params("verb", Stmts.VOIDED)), "and its own verb");
        assertEquals(List.of(), lrs.ids(params("activity", parent)), "a context activity is not the Object");
        assertEquals(Set.of(unrelated, voiding), Set.copyOf(lrs.ids(params())));
    }

    @Test
    @DisplayName("2.1.3.s3: a statement with a StatementRef object matches the target's filters, recursively")
    void statementRefInheritsFilters() {
        String target = store(target());
        String ref = store(statement(carol, confirmed, Stmts.ref(target)));
        String refOfRef = store(statement(bob, confirmed, Stmts.ref(ref)));
        String other = store(statement(carol, confirmed, act + "/other"));

        assertEquals(Set.of(target, ref, refOfRef), idSet(params("agent", alice.toString())));
        assertEquals(Set.of(target, ref, refOfRef), idSet(params("activity", act)));
        assertEquals(Set.of(target, ref, refOfRef), idSet(params("registration", reg.toString())));
        assertEquals(Set.of(target, ref, refOfRef), idSet(params("verb", verb)));
        assertEquals(Set.of(ref, refOfRef, other), idSet(params("verb", confirmed)));
        // c targets b targets a: b's own actor (carol) matches for c as well
        assertEquals(Set.of(ref, refOfRef, other), idSet(params("agent", carol.toString())));
        assertEquals(Set.of(refOfRef), idSet(params("agent", bob.toString())));
        assertEquals(Set.of(ref, refOfRef), idSet(params("agent", alice.toString(), "verb", confirmed)));
        // the time filters apply to the referring statement itself
        String stored = lrs.statement(target).getString("stored");
        assertEquals(Set.of(ref, refOfRef), idSet(params("activity", act, "since", stored)));
    }

    @Test
    @DisplayName("2.1.3.s3: a StatementRef stored before its target matches once the target arrives")
    void referenceBeforeTarget() {
        String target = UUID.randomUUID().toString();
        String ref = store(statement(carol, confirmed, Stmts.ref(target)));
        assertEquals(List.of(), lrs.ids(params("activity", act)));
        store(target().add("id", target));
        assertEquals(Set.of(target, ref), idSet(params("activity", act)));
        assertEquals(Set.of(target, ref), idSet(params("agent", alice.toString())));
    }

    @Test
    @DisplayName("Data 2.3.2: a voiding statement received before its target voids it when it arrives")
    void voidingBeforeTarget() {
        String target = UUID.randomUUID().toString();
        String voiding = store(Stmts.voiding(bob, target));
        store(target().add("id", target));
        assertEquals(404, lrs.get("statementId=" + target).statusCode());
        assertEquals(200, lrs.get("voidedStatementId=" + target).statusCode());
        assertEquals(List.of(voiding), lrs.ids(params("activity", act)));
    }

    @Test
    @DisplayName("Data 2.3.2: a statement and its voiding statement in one batch: the target is voided")
    void voidingInSameBatch() {
        String target = UUID.randomUUID().toString();
        List<String> ids = lrs.store(array(target().add("id", target).build(),
                Stmts.voiding(bob, target).build()));
        assertEquals(404, lrs.get("statementId=" + target).statusCode());
        assertEquals(200, lrs.get("voidedStatementId=" + target).statusCode());
        assertEquals(List.of(ids.get(1)), lrs.ids(params("agent", alice.toString())));
    }

    @Test
    @DisplayName("Data 2.3.2 / 2.1.4.s1.b2: a voiding statement cannot be voided; voiding it changes nothing")
    void voidingAVoidingStatement() {
        String target = store(target());
        String voiding = store(Stmts.voiding(bob, target));
        String second = store(Stmts.voiding(carol, voiding));

        assertEquals(200, lrs.get("statementId=" + voiding).statusCode(), "still returned by statementId");
        assertEquals(404, lrs.get("voidedStatementId=" + voiding).statusCode());
        assertEquals(404, lrs.get("statementId=" + target).statusCode(), "its target stays voided");
        assertEquals(Set.of(voiding, second), idSet(params()));
        assertEquals(Set.of(voiding, second), idSet(params("activity", act)), "both inherit the chain's filters");
    }

    @Test
    @DisplayName("2.1.4: voiding twice, or re-sending the voided statement, does not bring it back")
    void voidedStaysVoided() {
        String target = UUID.randomUUID().toString();
        JsonObject s = target().add("id", target).build();
        lrs.store(s);
        store(Stmts.voiding(bob, target));
        store(Stmts.voiding(carol, target));
        assertEquals(List.of(target), lrs.store(s), "same statement again: accepted, not modified");
        assertEquals(404, lrs.get("statementId=" + target).statusCode());
        assertEquals(200, lrs.get("voidedStatementId=" + target).statusCode());
    }

    private String store(JsonObjectBuilder statement) {
        return lrs.store(statement.build()).get(0);
    }

    private Set<String> idSet(Map<String, String> params) {
        return Set.copyOf(lrs.ids(params));
    }
}
