package org.scorelink.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorelink.xapi.boundary.LrsClient.array;
import static org.scorelink.xapi.boundary.LrsClient.json;
import static org.scorelink.xapi.boundary.LrsClient.params;
import static org.scorelink.xapi.boundary.Stmts.activity;
import static org.scorelink.xapi.boundary.Stmts.agent;
import static org.scorelink.xapi.boundary.Stmts.statement;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Statement resource over raw HTTP (xAPI 1.0.3 Communication 2.1, 1.2 headers, 3 errors; IEEE 9274.1.1 4.1). */
@DisplayName("Statement resource, raw HTTP (Communication 2.1)")
class StatementsIT {

    private final LrsClient lrs = LrsClient.fresh("stmts");
    private final String t = Stmts.tag();
    private final JsonObject alice = agent("alice-" + t);
    private final String verb = "http://example.com/verbs/" + t + "/did";
    private final String act = "http://example.com/activities/" + t;

    // ---- PUT and POST -------------------------------------------------------------------------------


    @Test
    @DisplayName("2.1.1: PUT with statementId answers 204; GET returns it with stored, authority, version, timestamp set")
    void putThenGet() {
        UUID id = UUID.randomUUID();
        JsonObject sent = statement(alice, verb, act).build();
        HttpResponse<String> put = lrs.put(id, sent);
        assertEquals(204, put.statusCode(), put.body());
        assertTrue(put.body().isEmpty(), "204 has no body");

        HttpResponse<String> r = lrs.get("statementId=" + id);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject got = json(r.body()).asJsonObject();
        assertEquals(id.toString(), got.getString("id"));
        assertEquals(sent.get("actor"), got.get("actor"));
        assertEquals(sent.get("verb"), got.get("verb"));
        assertEquals(sent.get("object"), got.get("object"));
        // Data 2.4.8/2.4.9: stored and authority are the LRS's; authority is the credential's Agent
        Instant stored = Instant.parse(got.getString("stored"));
        assertTrue(Math.abs(ChronoUnit.SECONDS.between(stored, Instant.now())) < 120, "stored is now-ish");
        assertEquals(lrs.authority, got.getJsonObject("authority"));
        // IEEE 9274.1.1 4.2.4.3: a statement stored without version gets 2.0.0 (2.0 request)
        assertEquals("2.0.0", got.getString("version"));
        // Data 2.4.7 / 2.0 SHALL: timestamp absent -> equals stored
        assertEquals(stored, Instant.parse(got.getString("timestamp")));
        // 2.1.3.s2.b8: Last-Modified matches stored (HTTP dates have second precision)
        assertEquals(stored.truncatedTo(ChronoUnit.SECONDS), lastModified(r));
    }

    @Test
    @DisplayName("2.1.1: a client timestamp and version are kept; a client authority and stored are replaced")
    void clientTimestampKeptAuthorityReplaced() {
        UUID id = UUID.randomUUID();
        JsonObject sent = statement(alice, verb, act).add("timestamp", "2015-03-01T10:00:00.000Z")
                .add("version", "1.0.0").add("stored", "2001-01-01T00:00:00Z")
                .add("authority", agent("forged-" + t)).build();
        assertEquals(204, lrs.put(id, sent).statusCode());
        JsonObject got = lrs.statement(id.toString());
        assertEquals(Instant.parse("2015-03-01T10:00:00Z"), Instant.parse(got.getString("timestamp")));
        assertEquals("1.0.0", got.getString("version"));
        assertEquals(lrs.authority, got.getJsonObject("authority"));
        assertNotEquals(Instant.parse("2001-01-01T00:00:00Z"), Instant.parse(got.getString("stored")));
    }

    @Test
    @DisplayName("2.1.1: PUT without statementId is 400 naming statementId")
    void putWithoutStatementId() {
        HttpResponse<String> r = LrsClient.send(lrs.request("/xapi/statements")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(statement(alice, verb, act).build().toString())));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(message(r).contains("statementId"), r.body());
        assertTrue(lrs.ids(params("activity", act)).isEmpty(), "nothing stored");
    }

    @Test
    @DisplayName("2.1.1.s3.b3: PUT whose body id differs from statementId is 400; neither id is stored")
    void putWithDifferentBodyId() {
        UUID param = UUID.randomUUID();
        UUID body = UUID.randomUUID();
        HttpResponse<String> r = lrs.put(param, statement(alice, verb, act).add("id", body.toString()).build());
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(message(r).contains("id"), r.body());
        assertEquals(404, lrs.get("statementId=" + param).statusCode());
        assertEquals(404, lrs.get("statementId=" + body).statusCode());
    }

    @Test
    @DisplayName("2.1.2: POST of one statement answers 200 with an array of its id")
    void postSingle() {
        List<String> ids = lrs.store(statement(alice, verb, act).build());
        assertEquals(1, ids.size());
        UUID.fromString(ids.get(0));
        assertEquals(act, lrs.statement(ids.get(0)).getJsonObject("object").getString("id"));
    }

    @Test
    @DisplayName("2.1.2: POST of a batch answers 200 with the ids in request order, LRS-assigned and given alike")
    void postBatchIdsInOrder() {
        String given = UUID.randomUUID().toString();
        List<JsonObject> batch = List.of(
                statement(alice, verb, act + "/0").build(),
                statement(alice, verb, act + "/1").add("id", given).build(),
                statement(alice, verb, act + "/2").build(),
                statement(alice, verb, act + "/3").build());
        List<String> ids = lrs.store(array(batch));
        assertEquals(4, ids.size());
        assertEquals(given, ids.get(1));
        assertEquals(4, Set.copyOf(ids).size(), "distinct ids");
        for (int i = 0; i < 4; i++) {
            assertEquals(act + "/" + i, lrs.statement(ids.get(i)).getJsonObject("object").getString("id"),
                    "id " + i + " belongs to statement " + i);
        }
    }

    @Test
    @DisplayName("2.1.2.s2.b4: the same statement again (same id, same content) is accepted and stored once")
    void sameStatementTwiceStoredOnce() {
        String id = UUID.randomUUID().toString();
        JsonObject s = statement(alice, verb, act).add("id", id).add("timestamp", "2020-01-01T00:00:00Z").build();
        assertEquals(List.of(id), lrs.store(s));
        JsonObject first = lrs.statement(id);
        assertEquals(List.of(id), lrs.store(s));
        assertEquals(List.of(id), lrs.store(array(s)));
        assertEquals(204, lrs.put(UUID.fromString(id), s).statusCode());
        // Data 2.3.1.b1-b3: the same statement with an equal timestamp in another form and another verb display
        JsonObject variant = statement(alice, verb, act).add("id", id)
                .add("timestamp", "2020-01-01T01:00:00+01:00").build();
        variant = Json.createObjectBuilder(variant).add("verb", Json.createObjectBuilder().add("id", verb)
                .add("display", Json.createObjectBuilder().add("fr-FR", "fit"))).build();
        assertEquals(List.of(id), lrs.store(variant));

        assertEquals(List.of(id), lrs.ids(params("activity", act)), "one copy");
        JsonObject after = lrs.statement(id);
        assertEquals(first, after, "2.1.2.s2.b4: the stored statement is not modified");
    }

    @Test
    @DisplayName("2.1.2.s2.b5: same id with different content is 409 and nothing of that batch is stored")
    void conflictRejectsWholeBatch() {
        String id = UUID.randomUUID().toString();
        lrs.store(statement(alice, verb, act).add("id", id).build());
        String fresh = UUID.randomUUID().toString();
        HttpResponse<String> r = lrs.post(array(
                statement(alice, verb, act + "/new").add("id", fresh).build(),
                statement(alice, verb + "/other", act).add("id", id).build()));
        assertEquals(409, r.statusCode(), r.body());
        assertTrue(message(r).contains(id), r.body());
        assertEquals(404, lrs.get("statementId=" + fresh).statusCode(), "the rest of the batch is not stored");
        assertTrue(lrs.ids(params("activity", act + "/new")).isEmpty());
        assertEquals(verb, lrs.statement(id).getJsonObject("verb").getString("id"), "original unchanged");

        HttpResponse<String> put = lrs.put(UUID.fromString(id), statement(agent("bob-" + t), verb, act).build());
        assertEquals(409, put.statusCode(), put.body());
        assertEquals(alice, lrs.statement(id).getJsonObject("actor"));
    }

    @Test
    @DisplayName("2.1.2.s2.b6 / IEEE 4.1.5: a batch holding one id twice is 400 and nothing is stored")
    void duplicateIdsInBatch() {
        String id = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        JsonObject s = statement(alice, verb, act).add("id", id).build();
        HttpResponse<String> r = lrs.post(array(s, statement(alice, verb, act).add("id", other).build(), s));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(message(r).contains(id), r.body());
        assertEquals(404, lrs.get("statementId=" + id).statusCode());
        assertEquals(404, lrs.get("statementId=" + other).statusCode());
    }

    @Test
    @DisplayName("IEEE 4.1.5: a body over scorelink.xapi.max-body-bytes (16 MiB) is 413")
    void bodyTooLarge() {
        byte[] body = new byte[17 * 1024 * 1024];
        byte[] head = ("{\"actor\":" + alice + ",\"verb\":{\"id\":\"" + verb + "\"},\"object\":{\"id\":\"" + act
                + "\"},\"result\":{\"response\":\"").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = "\"}}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.util.Arrays.fill(body, (byte) 'x');
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        HttpResponse<String> r = LrsClient.send(lrs.request("/xapi/statements")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("X-Experience-API-Version").isPresent());
        // chunked, without Content-Length: the limit is enforced while reading
        HttpResponse<String> chunked = LrsClient.send(lrs.request("/xapi/statements")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))));
        assertEquals(413, chunked.statusCode(), chunked.body());
        assertTrue(lrs.ids(params("activity", act)).isEmpty());
    }

    // ---- parameters and headers -------------------------------------------------------------------


    @Test
    @DisplayName("2.1.3.s2.b2: statementId with another filter parameter is 400 naming it; with format/attachments 200")
    void statementIdWithFilter() {
        String id = lrs.store(statement(alice, verb, act).build()).get(0);
        HttpResponse<String> r = lrs.get("statementId=" + id + "&verb=" + verb);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(message(r).contains("verb"), r.body());
        HttpResponse<String> limit = lrs.get("statementId=" + id + "&limit=1");
        assertEquals(400, limit.statusCode(), limit.body());
        assertTrue(message(limit).contains("limit"), limit.body());
        assertEquals(200, lrs.get("statementId=" + id + "&format=ids&attachments=false").statusCode());
    }

    @Test
    @DisplayName("2.1.3.s2.b1: statementId and voidedStatementId together are 400")
    void bothIds() {
        String id = lrs.store(statement(alice, verb, act).build()).get(0);
        HttpResponse<String> r = lrs.get("statementId=" + id + "&voidedStatementId=" + id);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(message(r).contains("voidedStatementId"), r.body());
    }

    @Test
    @DisplayName("IEEE 4.1.5: unknown parameter, or a known one in other case, is 400 naming it")
    void unknownParameter() {
        HttpResponse<String> r = lrs.get("verbb=" + verb);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(message(r).contains("verbb"), r.body());
        HttpResponse<String> c = lrs.get("Verb=" + verb);
        assertEquals(400, c.statusCode(), c.body());
        assertTrue(message(c).contains("Verb"), c.body());
        HttpResponse<String> p = LrsClient.send(lrs.request("/xapi/statements?foo=1")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(statement(alice, verb, act).build().toString())));
        assertEquals(400, p.statusCode(), p.body());
        assertTrue(message(p).contains("foo"), p.body());
        assertTrue(lrs.ids(params("activity", act)).isEmpty());
    }

    @Test
    @DisplayName("2.1.3: statementId of an unknown statement is 404")
    void unknownId() {
        HttpResponse<String> r = lrs.get("statementId=" + UUID.randomUUID());
        assertEquals(404, r.statusCode(), r.body());
        assertHeaders(r);
    }

    @Test
    @DisplayName("3.3 / IEEE 4.1.7: X-Experience-API-Version missing or unsupported is 400, with the header in the answer")
    void versionHeader() {
        HttpResponse<String> missing = LrsClient.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(LrsClient.BASE + "/xapi/statements"))
                .header("Authorization", LrsClient.basic(lrs.key, lrs.secret)).GET());
        assertEquals(400, missing.statusCode(), missing.body());
        assertTrue(message(missing).contains("X-Experience-API-Version"), missing.body());
        assertHeaders(missing);
        for (String bad : List.of("3.0.0", "0.95", "2.1.0", "banana")) {
            HttpResponse<String> r = LrsClient.send(lrs.request("/xapi/statements")
                    .setHeader("X-Experience-API-Version", bad).GET());
            assertEquals(400, r.statusCode(), bad + ": " + r.body());
            assertHeaders(r);
        }
        HttpResponse<String> v1 = LrsClient.send(lrs.request("/xapi/statements")
                .setHeader("X-Experience-API-Version", "1.0.3").GET());
        assertEquals(200, v1.statusCode(), v1.body());
        assertEquals("1.0.3", v1.headers().firstValue("X-Experience-API-Version").orElse(""));
        HttpResponse<String> v2 = lrs.get("");
        assertEquals("2.0.0", v2.headers().firstValue("X-Experience-API-Version").orElse(""));
    }

    @Test
    @DisplayName("1.2 / 2.1.3.s2.b5: version and Consistent-Through on every statement response, errors included")
    void headersOnEveryResponse() {
        UUID id = UUID.randomUUID();
        HttpResponse<String> put = lrs.put(id, statement(alice, verb, act).build());
        assertEquals(204, put.statusCode());
        assertHeaders(put);
        HttpResponse<String> post = lrs.post(statement(alice, verb, act).build());
        assertEquals(200, post.statusCode());
        assertHeaders(post);
        HttpResponse<String> single = lrs.get("statementId=" + id);
        assertHeaders(single);
        HttpResponse<String> query = lrs.get("");
        assertHeaders(query);
        HttpResponse<String> bad = lrs.get("limit=-1");
        assertEquals(400, bad.statusCode());
        assertHeaders(bad);
        HttpResponse<String> conflict = lrs.put(id, statement(alice, verb + "/x", act).build());
        assertEquals(409, conflict.statusCode());
        assertHeaders(conflict);
        HttpResponse<String> unauthorized = LrsClient.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(LrsClient.BASE + "/xapi/statements"))
                .header("X-Experience-API-Version", "2.0.0").GET());
        assertEquals(401, unauthorized.statusCode());
        assertHeaders(unauthorized);
    }

    @Test
    @DisplayName("2.1.3.s2.b5: Consistent-Through covers a statement once its POST has been answered")
    void consistentThroughCoversAcknowledged() {
        String id = lrs.store(statement(alice, verb, act).build()).get(0);
        HttpResponse<String> r = lrs.get("activity=" + act);
        Instant through = Instant.parse(r.headers().firstValue("X-Experience-API-Consistent-Through").orElseThrow());
        JsonObject s = lrs.statement(id);
        assertFalse(through.isBefore(Instant.parse(s.getString("stored"))),
                "consistent-through " + through + " is before stored " + s.getString("stored"));
        assertTrue(ChronoUnit.SECONDS.between(through, Instant.now()) < 60, "a recent timestamp");
    }

    @Test
    @DisplayName("2.1.3.s2.b8 / IEEE 4.1.6.1: Last-Modified on a query is the latest stored of the result")
    void lastModifiedOnQuery() throws Exception {
        lrs.store(statement(alice, verb, act).build());
        Thread.sleep(1100);
        String later = lrs.store(statement(alice, verb, act).build()).get(0);
        HttpResponse<String> r = lrs.get("activity=" + act + "&ascending=true");
        assertEquals(200, r.statusCode());
        Instant stored = Instant.parse(lrs.statement(later).getString("stored"));
        assertEquals(stored.truncatedTo(ChronoUnit.SECONDS), lastModified(r));
    }

    @Test
    @DisplayName("1.1: HEAD answers like GET with headers and no body")
    void head() {
        String id = lrs.store(statement(alice, verb, act).build()).get(0);
        HttpResponse<String> get = lrs.get("statementId=" + id);
        HttpResponse<String> head = LrsClient.send(lrs.request("/xapi/statements?statementId=" + id)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertHeaders(head);
        assertEquals(get.headers().firstValue("Last-Modified"), head.headers().firstValue("Last-Modified"));
        assertTrue(head.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));

        HttpResponse<String> query = LrsClient.send(lrs.request("/xapi/statements?activity=" + act)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, query.statusCode());
        assertEquals("", query.body());
        assertTrue(query.headers().firstValue("Last-Modified").isPresent());

        HttpResponse<String> missing = LrsClient.send(lrs.request("/xapi/statements?statementId=" + UUID.randomUUID())
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(404, missing.statusCode());
        assertEquals("", missing.body());
    }

    // ---- queries ----------------------------------------------------------------------------------


    @Test
    @DisplayName("2.1.3: newest first by default, ascending=true oldest first, limit caps the page and sets more")
    void orderAndLimit() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.addAll(lrs.store(statement(alice, verb, act).build()));
        }
        List<String> newestFirst = new ArrayList<>(ids);
        java.util.Collections.reverse(newestFirst);
        assertEquals(newestFirst, lrs.ids(params("activity", act)));
        assertEquals(ids, lrs.ids(params("activity", act, "ascending", "true")));

        JsonObject page = lrs.result(params("activity", act, "limit", "2"));
        assertEquals(newestFirst.subList(0, 2), idsOf(page));
        assertFalse(page.getString("more").isEmpty());
        JsonObject all = lrs.result(params("activity", act, "limit", "5"));
        assertEquals(newestFirst, idsOf(all));
        assertEquals("", all.getString("more"), "no more when the page holds everything");
        // limit=0: the server maximum
        assertEquals(newestFirst, idsOf(lrs.result(params("activity", act, "limit", "0"))));
        JsonObject none = lrs.result(params("activity", act + "/none"));
        assertEquals(0, none.getJsonArray("statements").size(), "2.1.3.s2.b4: empty result, still 200");
    }

    @Test
    @DisplayName("2.1.3: since is exclusive and until inclusive, on stored")
    void sinceUntil() {
        List<String> ids = new ArrayList<>();
        List<String> stored = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = lrs.store(statement(alice, verb, act).build()).get(0);
            ids.add(id);
            stored.add(lrs.statement(id).getString("stored"));
        }
        assertEquals(List.of(ids.get(3), ids.get(2)),
                lrs.ids(params("activity", act, "since", stored.get(1), "until", stored.get(3))));
        assertEquals(List.of(ids.get(2), ids.get(3), ids.get(4)),
                lrs.ids(params("activity", act, "since", stored.get(1), "ascending", "true")));
        assertEquals(List.of(ids.get(0), ids.get(1)),
                lrs.ids(params("activity", act, "until", stored.get(1), "ascending", "true")));
        // the same instant in another offset
        String offset = Instant.parse(stored.get(1)).atOffset(java.time.ZoneOffset.ofHours(2))
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        assertEquals(List.of(ids.get(0), ids.get(1)),
                lrs.ids(params("activity", act, "until", offset, "ascending", "true")));
        HttpResponse<String> bad = lrs.get("since=yesterday");
        assertEquals(400, bad.statusCode());
        assertTrue(message(bad).contains("since"), bad.body());
    }

    @Test
    @DisplayName("2.1.3 agent: Actor or Object, Groups match through members; related_agents widens to context, authority, SubStatement")
    void agentFilter() {
        JsonObject bob = agent("bob-" + t);
        JsonObject carol = agent("carol-" + t);
        JsonObject team = Stmts.group("team-" + t, bob, alice);
        String byAlice = store(statement(alice, verb, act));
        String byBob = store(statement(bob, verb, act));
        String byTeam = store(statement(team, verb, act));
        String aboutAlice = store(statement(carol, verb, alice));
        String byAnonymous = store(statement(Stmts.anonymousGroup(alice, carol), verb, act));
        String instructed = store(statement(carol, verb, act).add("context", Json.createObjectBuilder()
                .add("instructor", alice)));
        String inTeam = store(statement(carol, verb, act).add("context", Json.createObjectBuilder()
                .add("team", Stmts.group("squad-" + t, alice))));
        String sub = store(statement(carol, verb, Json.createObjectBuilder().add("objectType", "SubStatement")
                .add("actor", alice).add("verb", Stmts.verb(verb)).add("object", activity(act)).build()));
        String subObject = store(statement(carol, verb, Json.createObjectBuilder().add("objectType", "SubStatement")
                .add("actor", bob).add("verb", Stmts.verb(verb)).add("object", alice).build()));

        assertEquals(Set.of(byAlice, byTeam, aboutAlice, byAnonymous), idSet(params("agent", alice.toString())));
        assertEquals(Set.of(byTeam), idSet(params("agent", team.toString())));
        assertEquals(Set.of(byBob, byTeam), idSet(params("agent", bob.toString())));
        // Agents are equal by IFI alone (2.1.3, agent): another name, same mbox
        JsonObject renamed = Json.createObjectBuilder(alice).add("name", "Someone Else").build();
        assertEquals(Set.of(byAlice, byTeam, aboutAlice, byAnonymous), idSet(params("agent", renamed.toString())));
        assertEquals(Set.of(byAlice, byTeam, aboutAlice, byAnonymous, instructed, inTeam, sub, subObject),
                idSet(params("agent", alice.toString(), "related_agents", "true")));
        // authority only under related_agents
        assertEquals(Set.of(), idSet(params("agent", lrs.authority.toString())));
        assertEquals(9, idSet(params("agent", lrs.authority.toString(), "related_agents", "true")).size());
        HttpResponse<String> bad = lrs.get("agent=" + java.net.URLEncoder.encode("{\"name\":\"x\"}",
                java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(400, bad.statusCode());
        assertTrue(message(bad).contains("agent"), bad.body());
    }

    @Test
    @DisplayName("2.1.3 verb and registration filters; registration compares as a UUID")
    void verbAndRegistration() {
        UUID reg = UUID.randomUUID();
        String other = verb + "/other";
        String a = store(statement(alice, verb, act).add("context",
                Json.createObjectBuilder().add("registration", reg.toString())));
        String b = store(statement(alice, other, act).add("context",
                Json.createObjectBuilder().add("registration", reg.toString())));
        String c = store(statement(alice, other, act));
        assertEquals(Set.of(a), idSet(params("verb", verb)));
        assertEquals(Set.of(b, c), idSet(params("verb", other)));
        assertEquals(Set.of(a, b), idSet(params("registration", reg.toString())));
        assertEquals(Set.of(a, b), idSet(params("registration", reg.toString().toUpperCase())));
        assertEquals(Set.of(b), idSet(params("registration", reg.toString(), "verb", other)));
        assertEquals(Set.of(b), idSet(params("registration", reg.toString(), "verb", other, "activity", act,
                "agent", alice.toString())));
        assertEquals(Set.of(), idSet(params("registration", UUID.randomUUID().toString())));
    }

    @Test
    @DisplayName("2.1.3 activity: the Object only; related_activities adds context activities and SubStatement objects")
    void activityFilter() {
        String direct = store(statement(alice, verb, act));
        String parent = store(statement(alice, verb, act + "/p").add("context", contextActivities("parent")));
        String grouping = store(statement(alice, verb, act + "/g").add("context", contextActivities("grouping")));
        String category = store(statement(alice, verb, act + "/c").add("context", contextActivities("category")));
        String otherCa = store(statement(alice, verb, act + "/o").add("context", contextActivities("other")));
        String sub = store(statement(alice, verb, Json.createObjectBuilder().add("objectType", "SubStatement")
                .add("actor", alice).add("verb", Stmts.verb(verb)).add("object", activity(act)).build()));
        String subContext = store(statement(alice, verb, Json.createObjectBuilder().add("objectType", "SubStatement")
                .add("actor", alice).add("verb", Stmts.verb(verb)).add("object", activity(act + "/s"))
                .add("context", contextActivities("parent")).build()));
        String unrelated = store(statement(alice, verb, act + "/u"));

        assertEquals(Set.of(direct), idSet(params("activity", act)));
        assertEquals(Set.of(direct, parent, grouping, category, otherCa, sub, subContext),
                idSet(params("activity", act, "related_activities", "true")));
        assertEquals(Set.of(unrelated), idSet(params("activity", act + "/u", "related_activities", "true")));
        assertEquals(Set.of(parent), idSet(params("activity", act + "/p")));
    }

    private JsonObject contextActivities(String kind) {
        return Json.createObjectBuilder().add("contextActivities", Json.createObjectBuilder()
                .add(kind, Json.createArrayBuilder().add(activity(act)))).build();
    }

    // ---- formats and attachments -------------------------------------------------------------------


    @Test
    @DisplayName("2.1.3 format=ids: Agents, Activities and Verbs reduced to what identifies them")
    void ids() {
        String id = store(statement(alice, verb, Stmts.definedActivity(act)));
        for (JsonObject s : List.of(json(lrs.get("statementId=" + id + "&format=ids").body()).asJsonObject(),
                lrs.result(params("activity", act, "format", "ids")).getJsonArray("statements").getJsonObject(0))) {
            // an Activity is identified by its id alone (objectType Activity is the default, Data 2.4.4.s2)
            assertEquals(Json.createObjectBuilder().add("id", act).build(), s.getJsonObject("object"));
            assertEquals(Json.createObjectBuilder().add("id", verb).build(), s.getJsonObject("verb"));
            assertFalse(s.getJsonObject("actor").containsKey("name"), s.toString());
            assertEquals(alice.getString("mbox"), s.getJsonObject("actor").getString("mbox"));
            assertFalse(s.getJsonObject("authority").containsKey("name"), s.toString());
            assertEquals(id, s.getString("id"));
            assertTrue(s.containsKey("stored"));
        }
        // exact (the default) keeps everything as received
        JsonObject exact = lrs.statement(id);
        assertEquals(Stmts.definedActivity(act), exact.getJsonObject("object"));
    }

    @Test
    @DisplayName("2.1.3.s4: format=canonical returns one language per language map, chosen by Accept-Language")
    void canonical() {
        String id = store(statement(alice, verb, Stmts.definedActivity(act)));
        JsonObject de = canonical("statementId=" + id + "&format=canonical", "de-DE, en;q=0.5");
        JsonObject def = de.getJsonObject("object").getJsonObject("definition");
        assertEquals(Json.createObjectBuilder().add("de-DE", "Hallo").build(), def.getJsonObject("name"));
        assertEquals(Json.createObjectBuilder().add("de-DE", "Ein Gruss").build(), def.getJsonObject("description"));
        assertEquals(Json.createObjectBuilder().add("de-DE", "tat").build(),
                de.getJsonObject("verb").getJsonObject("display"));
        assertEquals(alice, de.getJsonObject("actor"), "Agents as in exact");

        JsonObject en = canonical("activity=" + act + "&format=canonical", "en").getJsonArray("statements")
                .getJsonObject(0);
        assertEquals(Json.createObjectBuilder().add("en-US", "Hello").build(),
                en.getJsonObject("object").getJsonObject("definition").getJsonObject("name"));
        JsonObject none = canonical("statementId=" + id + "&format=canonical", "ja");
        assertEquals(1, none.getJsonObject("object").getJsonObject("definition").getJsonObject("name").size(),
                "one language even when none matches");
        assertEquals(400, lrs.get("statementId=" + id + "&format=pretty").statusCode());
    }

    private JsonObject canonical(String query, String acceptLanguage) {
        HttpResponse<String> r = LrsClient.send(lrs.request("/xapi/statements?" + query)
                .header("Accept-Language", acceptLanguage).GET());
        assertEquals(200, r.statusCode(), r.body());
        return json(r.body()).asJsonObject();
    }

    @Test
    @DisplayName("2.1.3.s2.b6/b7: attachments=true answers multipart/mixed with the statements as first part")
    void attachmentsMultipart() {
        String id = store(statement(alice, verb, act));
        HttpResponse<String> single = lrs.get("statementId=" + id + "&attachments=true");
        assertEquals(200, single.statusCode(), single.body());
        assertEquals(id, firstPart(single).asJsonObject().getString("id"));

        HttpResponse<String> query = lrs.get("activity=" + act + "&attachments=true");
        assertEquals(200, query.statusCode(), query.body());
        assertEquals(List.of(id), idsOf(firstPart(query).asJsonObject()));

        HttpResponse<String> plain = lrs.get("activity=" + act + "&attachments=false");
        assertTrue(plain.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    private JsonValue firstPart(HttpResponse<String> r) {
        String type = r.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("multipart/mixed"), type);
        String boundary = type.replaceAll(".*boundary=\"?([^\";]+)\"?.*", "$1");
        String body = r.body();
        assertTrue(body.startsWith("--" + boundary + "\r\n"), body);
        assertTrue(body.endsWith("--" + boundary + "--\r\n") || body.endsWith("--" + boundary + "--"), body);
        String part = body.substring(("--" + boundary + "\r\n").length(), body.indexOf("\r\n--" + boundary));
        int split = part.indexOf("\r\n\r\n");
        assertTrue(part.substring(0, split).toLowerCase().contains("content-type: application/json"), part);
        return json(part.substring(split + 4));
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private String store(jakarta.json.JsonObjectBuilder statement) {
        return lrs.store(statement.build()).get(0);
    }

    private Set<String> idSet(java.util.Map<String, String> params) {
        return Set.copyOf(lrs.ids(params));
    }

    static List<String> idsOf(JsonObject result) {
        return result.getJsonArray("statements").stream().map(v -> v.asJsonObject().getString("id"))
                .collect(Collectors.toList());
    }

    static String message(HttpResponse<String> r) {
        return json(r.body()).asJsonObject().getString("message", "");
    }

    static Instant lastModified(HttpResponse<String> r) {
        String v = r.headers().firstValue("Last-Modified").orElseThrow(() -> new AssertionError("no Last-Modified"));
        return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    /** X-Experience-API-Version and a parseable X-Experience-API-Consistent-Through (1.2, 2.1.3.s2.b5). */
    static void assertHeaders(HttpResponse<String> r) {
        String version = r.headers().firstValue("X-Experience-API-Version").orElse(null);
        assertTrue(version != null && version.matches("[12]\\.0\\.\\d+"), "X-Experience-API-Version: " + version);
        String through = r.headers().firstValue("X-Experience-API-Consistent-Through").orElse(null);
        assertTrue(through != null, () -> r.statusCode() + " lacks X-Experience-API-Consistent-Through");
        Instant.parse(through);
    }
}
