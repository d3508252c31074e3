package org.scorelink.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.scorelink.xapi.boundary.LrsClient.array;
import static org.scorelink.xapi.boundary.LrsClient.params;
import static org.scorelink.xapi.boundary.Stmts.agent;
import static org.scorelink.xapi.boundary.Stmts.statement;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Concurrent batches through the group-commit writer: 4 threads x 10 batches x 50 statements that share agents and
 * activities, with voiding and StatementRef statements whose targets sit in other batches (earlier, in flight or
 * later). The test keeps its own model of what was sent and checks the LRS against it exactly.
 */
@DisplayName("Concurrent ingest: batches from 4 threads (Communication 2.1.2, 2.1.3.s3, 2.1.4)")
class ConcurrentIngestIT {

    private static final int THREADS = 4;
    private static final int BATCHES = 10;
    private static final int BATCH = 50;

    private final LrsClient lrs = LrsClient.fresh("ingest");
    private final String t = Stmts.tag();
    private final String verb = "http://example.com/verbs/" + t + "/did";
    private final String confirmed = "http://example.com/verbs/" + t + "/confirmed";
    private final UUID registration = UUID.randomUUID();
    private final List<JsonObject> agents = new ArrayList<>();
    private final List<String> activities = new ArrayList<>();

    /** What the test sent: every statement by id. Object = activity IRI for plain ones, target id for references. */
    private record Sent(String id, Kind kind, int agent, int activity, String target) {
    }

    private enum Kind { PLAIN, VOIDING, REF }

    private final Map<String, Sent> sent = new ConcurrentHashMap<>();
    private final List<String> plainIds = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<String> voidable = new ConcurrentLinkedQueue<>();

    @Test
    @DisplayName("zero errors, every id retrievable, every filter count exact")
    void concurrentBatches() throws Exception {
        for (int i = 0; i < 6; i++) {
            agents.add(agent("learner" + i + "-" + t));
            activities.add("http://example.com/activities/" + t + "/" + i);
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<String>>> workers = new ArrayList<>();
            for (int w = 0; w < THREADS; w++) {
                long seed = w * 7919L + 17;
                workers.add(pool.submit(() -> ingest(new Random(seed))));
            }
            List<String> errors = new ArrayList<>();
            for (Future<List<String>> f : workers) {
                errors.addAll(f.get());
            }
            assertEquals(List.of(), errors, "every batch accepted");
            assertEquals(THREADS * BATCHES * BATCH, sent.size());

            Set<String> voided = sent.values().stream().filter(s -> s.kind == Kind.VOIDING).map(Sent::target)
                    .collect(Collectors.toSet());
            long voidings = sent.values().stream().filter(s -> s.kind == Kind.VOIDING).count();
            assertEquals(voidings, voided.size(), "each target voided once");

            // every id: by statementId, or by voidedStatementId when voided
            List<Future<String>> checks = new ArrayList<>();
            for (Sent s : sent.values()) {
                checks.add(pool.submit(() -> {
                    boolean isVoided = voided.contains(s.id);
                    HttpResponse<String> r = lrs.get((isVoided ? "voidedStatementId=" : "statementId=") + s.id);
                    if (isVoided && lrs.get("statementId=" + s.id).statusCode() != 404) {
                        return s + ": voided, yet found by statementId";
                    }
                    return r.statusCode() == 200 && r.body().contains(s.id) ? null
                            : s + (isVoided ? ": voidedStatementId " : ": statementId ") + r.statusCode();
                }));
            }
            List<String> wrong = new ArrayList<>();
            for (Future<String> f : checks) {
                if (f.get() != null) {
                    wrong.add(f.get());
                }
            }
            assertEquals(List.of(), wrong);
        } finally {
            pool.shutdownNow();
        }

        Set<String> voided = sent.values().stream().filter(s -> s.kind == Kind.VOIDING).map(Sent::target)
                .collect(Collectors.toSet());
        Predicate<Sent> visible = s -> !voided.contains(s.id);

        assertExact(params("registration", registration.toString()), visible);
        assertExact(params(), visible);
        for (int a = 0; a < agents.size(); a++) {
            int agent = a;
            assertExact(params("agent", agents.get(a).toString()),
                    visible.and(s -> s.agent == agent || (s.kind != Kind.PLAIN && sent.get(s.target).agent == agent)));
        }
        for (int x = 0; x < activities.size(); x++) {
            int activity = x;
            assertExact(params("activity", activities.get(x)),
                    visible.and(s -> targetOrSelf(s).activity == activity));
            assertExact(params("activity", activities.get(x), "agent", agents.get(x).toString()),
                    visible.and(s -> targetOrSelf(s).activity == activity
                            && (s.agent == activity || targetOrSelf(s).agent == activity)));
        }
        assertExact(params("verb", verb), visible);
        assertExact(params("verb", confirmed), visible.and(s -> s.kind == Kind.REF));
        assertExact(params("verb", Stmts.VOIDED), s -> s.kind == Kind.VOIDING);
    }

    @Test
    @DisplayName("2.1.1.s2.b3: racing PUTs of one id with different content: exactly one 204, the rest 409, one copy")
    void racingConflicts() throws Exception {
        UUID id = UUID.randomUUID();
        String act = "http://example.com/activities/" + t + "/race";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> puts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                JsonObject s = statement(agent("racer" + i + "-" + t), verb, act).build();
                puts.add(pool.submit(() -> lrs.put(id, s).statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : puts) {
                statuses.add(f.get());
            }
            Collections.sort(statuses);
            assertEquals(List.of(204, 409, 409, 409, 409, 409, 409, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(id.toString()), lrs.ids(params("activity", act)));
    }

    private Sent targetOrSelf(Sent s) {
        return s.kind == Kind.PLAIN ? s : sent.get(s.target);
    }

    private void assertExact(Map<String, String> query, Predicate<Sent> expected) {
        Set<String> want = sent.values().stream().filter(expected).map(Sent::id).collect(Collectors.toSet());
        List<String> got = lrs.ids(query);
        Set<String> gotSet = new HashSet<>(got);
        assertEquals(got.size(), gotSet.size(), query + ": no duplicates");
        Set<String> missing = new HashSet<>(want);
        missing.removeAll(gotSet);
        Set<String> extra = new HashSet<>(gotSet);
        extra.removeAll(want);
        assertEquals(Set.of(), missing, query + ": missing");
        assertEquals(Set.of(), extra, query + ": unexpected");
        assertEquals(want.size(), got.size(), query.toString());
    }

    /** One thread's batches; answers the errors it met. */
    private List<String> ingest(Random random) {
        List<String> errors = new ArrayList<>();
        for (int b = 0; b < BATCHES; b++) {
            List<JsonObject> batch = new ArrayList<>();
            List<Sent> planned = new ArrayList<>();
            for (int i = 0; i < BATCH; i++) {
                String id = UUID.randomUUID().toString();
                int agent = random.nextInt(agents.size());
                int roll = random.nextInt(50);
                Sent s;
                JsonObjectBuilder st;
                String target;
                if (roll < 3 && (target = voidable.poll()) != null) {
                    s = new Sent(id, Kind.VOIDING, agent, -1, target);
                    st = Stmts.voiding(agents.get(agent), target);
                } else if (roll < 6 && plainIds.size() > 0) {
                    // any plain statement generated so far: stored, in flight in another thread, or earlier here
                    target = plainIds.get(random.nextInt(plainIds.size()));
                    s = new Sent(id, Kind.REF, agent, -1, target);
                    st = statement(agents.get(agent), confirmed, Stmts.ref(target));
                } else {
                    int activity = random.nextInt(activities.size());
                    s = new Sent(id, Kind.PLAIN, agent, activity, null);
                    st = statement(agents.get(agent), verb, activities.get(activity));
                }
                batch.add(st.add("id", id).add("context", Json.createObjectBuilder()
                        .add("registration", registration.toString())).build());
                planned.add(s);
                sent.put(id, s);
                if (s.kind == Kind.PLAIN) {
                    plainIds.add(id);
                    if (random.nextInt(4) == 0) {
                        voidable.add(id);
                    }
                }
            }
            HttpResponse<String> r = lrs.post(array(batch));
            if (r.statusCode() != 200) {
                errors.add("batch " + b + ": " + r.statusCode() + " " + r.body());
                continue;
            }
            List<String> ids = LrsClient.json(r.body()).asJsonArray().stream()
                    .map(v -> ((jakarta.json.JsonString) v).getString()).toList();
            List<String> expectedIds = planned.stream().map(Sent::id).toList();
            if (!ids.equals(expectedIds)) {
                errors.add("batch " + b + ": ids " + ids + " instead of " + expectedIds);
            }
        }
        return Collections.unmodifiableList(errors);
    }
}
