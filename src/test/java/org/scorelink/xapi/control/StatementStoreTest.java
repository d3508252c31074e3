package org.scorelink.xapi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scorelink.xapi.entity.IncomingStatement;
import org.scorelink.xapi.entity.StatementQuery;
import org.scorelink.xapi.entity.StatementsStored;
import org.scorelink.xapi.entity.StoredStatement;
import org.scorelink.xapi.entity.XapiVersion;

/**
 * The writer and reader against a real (in-memory) Derby database, without a container: group commit,
 * immutability (Communication 2.1.2.s2.b4-b6), voiding (Data 2.3.2, Communication 2.1.4), StatementRef
 * filter inheritance (Communication 2.1.3.s3) and the after-commit event.
 */
class StatementStoreTest {

    private static final JsonObject AUTHORITY = Json.createObjectBuilder().add("objectType", "Agent")
            .add("account", Json.createObjectBuilder().add("homePage", "https://lrs.test").add("name", "lms")).build();
    private static int databases;

    private final List<StatementsStored> events = Collections.synchronizedList(new ArrayList<>());
    private final StatementIntake intake = new StatementIntake();
    private StatementWriter writer;
    private StatementReader reader;

    @BeforeEach
    void database() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:store" + (++databases));
        ds.setCreateDatabase("create");
        writer = new StatementWriter();
        writer.dataSource = ds;
        writer.stored = new RecordingEvents(events);
        reader = new StatementReader();
        reader.dataSource = ds;
        reader.writer = writer;
    }

    private IncomingStatement st(String json) {
        return intake.prepare(JsonIo.parseObject(json, "test"), XapiVersion.V1_0_3, AUTHORITY, "statement");
    }

    private static String completed(String id, String actor, String activity) {
        return """
                {"id":"%s","actor":{"mbox":"mailto:%s"},"verb":{"id":"http://adlnet.gov/expapi/verbs/completed"},
                 "object":{"id":"%s"}}""".formatted(id, actor, activity);
    }

    private List<String> ids(StatementQuery q) {
        return reader.query(1, q).statements().stream()
                .map(s -> JsonIo.parseObject(s.body(), "t").getString("id")).toList();
    }

    private StatementQuery query(Optional<String> agent, boolean relatedAgents, Optional<String> verb,
            Optional<String> activity, boolean relatedActivities) {
        return new StatementQuery(agent, relatedAgents, verb, activity, relatedActivities, Optional.empty(), 0,
                Long.MAX_VALUE, 100, false, Optional.empty());
    }

    private StatementQuery byAgent(String mbox) {
        return query(Optional.of("mbox:mailto:" + mbox), false, Optional.empty(), Optional.empty(), false);
    }

    private StatementQuery byActivity(String id) {
        return query(Optional.empty(), false, Optional.empty(), Optional.of(id), false);
    }

    @Test
    void storesAndFindsByEveryDirectKeyNewestFirst() {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        writer.write(1, List.of(st(completed(a, "ann@x.org", "https://ex/c1"))));
        writer.write(1, List.of(st(completed(b, "ann@x.org", "https://ex/c2"))));
        assertEquals(List.of(b, a), ids(byAgent("ann@x.org")));
        assertEquals(List.of(a), ids(byActivity("https://ex/c1")));
        assertEquals(List.of(b), ids(query(Optional.of("mbox:mailto:ann@x.org"), false,
                Optional.of("http://adlnet.gov/expapi/verbs/completed"), Optional.of("https://ex/c2"), false)));
        assertEquals(List.of(), ids(byAgent("nobody@x.org")), "an unknown agent matches nothing");
    }

    @Test
    void sameStatementTwiceIsStoredOnceAndADifferentOneConflicts() {
        String id = UUID.randomUUID().toString();
        writer.write(1, List.of(st(completed(id, "ann@x.org", "https://ex/c1"))));
        writer.write(1, List.of(st(completed(id, "ANN@x.org", "https://ex/c1"))));
        assertEquals(1, ids(byAgent("ann@x.org")).size());
        String other = UUID.randomUUID().toString();
        XapiException e = assertThrows(XapiException.class, () -> writer.write(1, List.of(
                st(completed(other, "ann@x.org", "https://ex/c9")), st(completed(id, "ann@x.org", "https://ex/c2")))));
        assertEquals(XapiException.Kind.CONFLICT, e.kind());
        assertEquals(List.of(), ids(byActivity("https://ex/c9")), "nothing of a rejected batch is stored");
    }

    @Test
    void duplicateIdsInOneBatchAreRejected() {
        String id = UUID.randomUUID().toString();
        XapiException e = assertThrows(XapiException.class, () -> writer.write(1, List.of(
                st(completed(id, "ann@x.org", "https://ex/c1")), st(completed(id, "ann@x.org", "https://ex/c1")))));
        assertEquals(XapiException.Kind.BAD_REQUEST, e.kind());
        assertEquals(List.of(), ids(byAgent("ann@x.org")));
    }

    @Test
    void voidingHidesTheTargetAndTheVoidingStatementMatchesItsFilters() {
        String target = UUID.randomUUID().toString();
        String voiding = UUID.randomUUID().toString();
        writer.write(1, List.of(st(completed(target, "ben@x.org", "https://ex/explosives"))));
        writer.write(1, List.of(st("""
                {"id":"%s","actor":{"mbox":"mailto:admin@x.org"},"verb":{"id":"http://adlnet.gov/expapi/verbs/voided"},
                 "object":{"objectType":"StatementRef","id":"%s"}}""".formatted(voiding, target))));
        assertEquals(List.of(voiding), ids(byActivity("https://ex/explosives")));
        assertEquals(List.of(voiding), ids(byAgent("ben@x.org")));
        assertEquals(List.of(voiding), ids(query(Optional.of("mbox:mailto:ben@x.org"), false,
                Optional.of("http://adlnet.gov/expapi/verbs/completed"), Optional.of("https://ex/explosives"), false)),
                "every inherited filter at once: agent drives, verb and activity are checked");
        assertEquals(List.of(voiding), ids(query(Optional.empty(), false,
                Optional.of("http://adlnet.gov/expapi/verbs/voided"), Optional.of("https://ex/explosives"), false)),
                "its own verb with the target's activity");
        assertEquals(List.of(voiding), ids(query(Optional.of("mbox:mailto:admin@x.org"), false,
                Optional.of("http://adlnet.gov/expapi/verbs/voided"), Optional.empty(), false)),
                "its own actor and verb");
        UUID t = UUID.fromString(target);
        assertTrue(reader.byId(1, t, false, Optional.empty()).isEmpty(), "hidden from statementId");
        assertTrue(reader.byId(1, t, true, Optional.empty()).isPresent(), "reachable by voidedStatementId");
    }

    @Test
    void registrationsMatchDirectlyAndThroughReferences() {
        String reg = UUID.randomUUID().toString();
        String a = UUID.randomUUID().toString();
        String ref = UUID.randomUUID().toString();
        writer.write(1, List.of(st("""
                {"id":"%s","actor":{"mbox":"mailto:reg@x.org"},"verb":{"id":"https://v/launched"},
                 "object":{"id":"https://ex/au"},"context":{"registration":"%s"}}""".formatted(a, reg.toUpperCase()))));
        writer.write(1, List.of(st(completed(UUID.randomUUID().toString(), "reg@x.org", "https://ex/au"))));
        writer.write(1, List.of(st("""
                {"id":"%s","actor":{"mbox":"mailto:boss@x.org"},"verb":{"id":"https://v/approved"},
                 "object":{"objectType":"StatementRef","id":"%s"}}""".formatted(ref, a))));
        StatementQuery byRegistration = new StatementQuery(Optional.empty(), false, Optional.empty(), Optional.empty(),
                false, Optional.of(reg), 0, Long.MAX_VALUE, 100, false, Optional.empty());
        assertEquals(List.of(ref, a), ids(byRegistration));
        StatementQuery withAgent = new StatementQuery(Optional.of("mbox:mailto:reg@x.org"), false, Optional.empty(),
                Optional.empty(), false, Optional.of(reg), 0, Long.MAX_VALUE, 100, false, Optional.empty());
        assertEquals(List.of(ref, a), ids(withAgent), "registration drives, the agent is checked (inherited for ref)");
        StatementQuery other = new StatementQuery(Optional.empty(), false, Optional.empty(), Optional.empty(),
                false, Optional.of(UUID.randomUUID().toString()), 0, Long.MAX_VALUE, 100, false, Optional.empty());
        assertEquals(List.of(), ids(other));
    }

    @Test
    void aStatementRefStatementIsFoundThroughItsOwnAuthority() {
        JsonObject otherClient = Json.createObjectBuilder().add("objectType", "Agent").add("account",
                Json.createObjectBuilder().add("homePage", "https://lrs.test").add("name", "other")).build();
        String target = UUID.randomUUID().toString();
        String voiding = UUID.randomUUID().toString();
        writer.write(1, List.of(intake.prepare(JsonIo.parseObject(completed(target, "fay@x.org", "https://ex/f"), "t"),
                XapiVersion.V1_0_3, otherClient, "statement")));
        writer.write(1, List.of(st("""
                {"id":"%s","actor":{"mbox":"mailto:admin@x.org"},"verb":{"id":"http://adlnet.gov/expapi/verbs/voided"},
                 "object":{"objectType":"StatementRef","id":"%s"}}""".formatted(voiding, target))));
        assertEquals(List.of(voiding), ids(query(Optional.of("account:https://lrs.test|lms"), true,
                Optional.of("http://adlnet.gov/expapi/verbs/voided"), Optional.empty(), false)),
                "related_agents=authority drives, the voiding statement's own verb is checked");
    }

    @Test
    void voidingStatementsCannotBeVoided() {
        String target = UUID.randomUUID().toString();
        String v1 = UUID.randomUUID().toString();
        String v2 = UUID.randomUUID().toString();
        String voids = """
                {"id":"%s","actor":{"mbox":"mailto:admin@x.org"},"verb":{"id":"http://adlnet.gov/expapi/verbs/voided"},
                 "object":{"objectType":"StatementRef","id":"%s"}}""";
        writer.write(1, List.of(st(completed(target, "ben@x.org", "https://ex/a")), st(voids.formatted(v1, target))));
        writer.write(1, List.of(st(voids.formatted(v2, v1))));
        assertTrue(reader.byId(1, UUID.fromString(v1), false, Optional.empty()).isPresent(), "Data 2.3.2.s2.b3");
    }

    @Test
    void aReferenceToAStatementThatArrivesLaterIsResolvedWhenItArrives() {
        String target = UUID.randomUUID().toString();
        String voiding = UUID.randomUUID().toString();
        writer.write(1, List.of(st("""
                {"id":"%s","actor":{"mbox":"mailto:admin@x.org"},"verb":{"id":"http://adlnet.gov/expapi/verbs/voided"},
                 "object":{"objectType":"StatementRef","id":"%s"}}""".formatted(voiding, target))));
        writer.write(1, List.of(st(completed(target, "cy@x.org", "https://ex/late"))));
        assertEquals(List.of(voiding), ids(byActivity("https://ex/late")));
        assertTrue(reader.byId(1, UUID.fromString(target), true, Optional.empty()).isPresent());
    }

    @Test
    void relatedFiltersReachContextAndSubStatements() {
        String id = UUID.randomUUID().toString();
        writer.write(1, List.of(st("""
                {"id":"%s","actor":{"mbox":"mailto:dee@x.org"},"verb":{"id":"https://v/planned"},
                 "object":{"objectType":"SubStatement","actor":{"mbox":"mailto:eve@x.org"},
                   "verb":{"id":"https://v/attend"},"object":{"id":"https://ex/session"}},
                 "context":{"instructor":{"mbox":"mailto:tom@x.org"},
                   "contextActivities":{"grouping":[{"id":"https://ex/path"}]}}}""".formatted(id))));
        assertEquals(List.of(), ids(byActivity("https://ex/path")));
        assertEquals(List.of(id), ids(query(Optional.empty(), false, Optional.empty(), Optional.of("https://ex/path"), true)));
        assertEquals(List.of(id), ids(query(Optional.empty(), false, Optional.empty(), Optional.of("https://ex/session"), true)));
        assertEquals(List.of(), ids(byAgent("tom@x.org")));
        assertEquals(List.of(id), ids(query(Optional.of("mbox:mailto:tom@x.org"), true, Optional.empty(), Optional.empty(), false)));
        assertEquals(List.of(id), ids(query(Optional.of("mbox:mailto:eve@x.org"), true, Optional.empty(), Optional.empty(), false)));
        assertEquals(List.of(id), ids(query(Optional.of("account:https://lrs.test|lms"), true, Optional.empty(),
                Optional.empty(), false)), "authority matches related_agents");
    }

    @Test
    void storesAreIsolated() {
        String id = UUID.randomUUID().toString();
        writer.write(1, List.of(st(completed(id, "ann@x.org", "https://ex/c1"))));
        writer.write(2, List.of(st(completed(id, "zed@x.org", "https://ex/other")))); // same id, other tenant
        assertEquals(List.of(id), ids(byAgent("ann@x.org")));
        assertTrue(reader.query(2, byAgent("ann@x.org")).statements().isEmpty());
        assertEquals(1, reader.query(2, byAgent("zed@x.org")).statements().size());
    }

    @Test
    void pagesWalkEveryStatementOnceWhileNewOnesArrive() {
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String id = UUID.randomUUID().toString();
            written.add(id);
            writer.write(1, List.of(st(completed(id, "pat@x.org", "https://ex/p"))));
        }
        StatementQuery q = new StatementQuery(Optional.of("mbox:mailto:pat@x.org"), false, Optional.empty(),
                Optional.empty(), false, Optional.empty(), 0, writer.committedSeq(), 7, false, Optional.empty());
        List<String> seen = new ArrayList<>();
        while (true) {
            StatementReader.Page page = reader.query(1, q);
            page.statements().forEach(s -> seen.add(JsonIo.parseObject(s.body(), "t").getString("id")));
            writer.write(1, List.of(st(completed(UUID.randomUUID().toString(), "pat@x.org", "https://ex/p"))));
            if (!page.more()) {
                break;
            }
            q = q.next(page.statements().get(page.statements().size() - 1).seq());
        }
        List<String> expected = new ArrayList<>(written);
        Collections.reverse(expected);
        assertEquals(expected, seen);
    }

    @Test
    void unfilteredPagesOldestFirstAndNewestFirst() {
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String id = UUID.randomUUID().toString();
            written.add(id);
            writer.write(1, List.of(st(completed(id, "u" + i + "@x.org", "https://ex/u" + i))));
        }
        writer.write(2, List.of(st(completed(UUID.randomUUID().toString(), "other@x.org", "https://ex/o"))));
        for (boolean ascending : new boolean[] {true, false}) {
            StatementQuery q = new StatementQuery(Optional.empty(), false, Optional.empty(), Optional.empty(), false,
                    Optional.empty(), 0, writer.committedSeq(), 5, ascending, Optional.empty());
            List<String> seen = new ArrayList<>();
            while (true) {
                StatementReader.Page page = reader.query(1, q);
                page.statements().forEach(s -> seen.add(JsonIo.parseObject(s.body(), "t").getString("id")));
                if (!page.more()) {
                    break;
                }
                q = q.next(page.statements().get(page.statements().size() - 1).seq());
            }
            List<String> expected = new ArrayList<>(written);
            if (!ascending) {
                Collections.reverse(expected);
            }
            assertEquals(expected, seen, "ascending=" + ascending + "; store 2's statement never appears");
        }
    }

    @Test
    void concurrentBatchesShareOneCommitAndAllSucceed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            futures.add(pool.submit(() -> {
                for (int b = 0; b < 10; b++) {
                    List<IncomingStatement> batch = new ArrayList<>();
                    for (int i = 0; i < 50; i++) {
                        batch.add(st(completed(UUID.randomUUID().toString(), "crowd@x.org", "https://ex/shared")));
                    }
                    writer.write(1, batch);
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        StatementQuery all = new StatementQuery(Optional.of("mbox:mailto:crowd@x.org"), false, Optional.empty(),
                Optional.empty(), false, Optional.empty(), 0, Long.MAX_VALUE, 500, false, Optional.empty());
        int count = 0;
        while (true) {
            StatementReader.Page page = reader.query(1, all);
            count += page.statements().size();
            if (!page.more()) {
                break;
            }
            all = all.next(page.statements().get(page.statements().size() - 1).seq());
        }
        assertEquals(2000, count);
        assertEquals(2000, events.stream().mapToInt(e -> e.statementIds().size()).sum(), "one event per commit");
    }

    @Test
    void oversizedStatementsAreStoredOutOfLine() {
        String id = UUID.randomUUID().toString();
        String big = "x".repeat(40_000);
        writer.write(1, List.of(st("""
                {"id":"%s","actor":{"mbox":"mailto:big@x.org"},"verb":{"id":"https://v/said"},
                 "object":{"id":"https://ex/big"},"result":{"response":"%s"}}""".formatted(id, big))));
        StoredStatement s = reader.byId(1, UUID.fromString(id), false, Optional.empty()).orElseThrow();
        assertTrue(s.body().contains(big));
        assertFalse(events.isEmpty());
    }
}
