package org.scorelink.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorelink.xapi.boundary.LrsClient.array;
import static org.scorelink.xapi.boundary.LrsClient.json;
import static org.scorelink.xapi.boundary.LrsClient.params;
import static org.scorelink.xapi.boundary.Stmts.agent;
import static org.scorelink.xapi.boundary.Stmts.statement;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Paging with {@code more} (Communication 2.1.3, Data 2.5 StatementResult) while statements keep arriving. */
@DisplayName("Paging with more (Communication 2.1.3, Data 2.5)")
class PagingIT {

    private static final int INITIAL = 60;
    private static final int PAGE = 7;

    private final LrsClient lrs = LrsClient.fresh("paging");
    private final String t = Stmts.tag();
    private final JsonObject alice = agent("alice-" + t);
    private final String verb = "http://example.com/verbs/" + t + "/did";
    private final String act = "http://example.com/activities/" + t;

    @Test
    @DisplayName("Data 2.5: newest-first walk with limit returns every statement once, in order, while others are POSTed")
    void descendingWalkUnderConcurrentWrites() throws Exception {
        walk(Map.of(), false);
    }

    @Test
    @DisplayName("Data 2.5: ascending walk with a filter returns every matching statement once, in order, under writes")
    void ascendingFilteredWalkUnderConcurrentWrites() throws Exception {
        walk(Map.of("activity", act, "agent", alice.toString()), true);
    }

    private void walk(Map<String, String> filter, boolean ascending) throws Exception {
        List<String> noise = new ArrayList<>();
        List<String> all = seed(noise);
        List<String> expected = new ArrayList<>(all);
        if (!filter.isEmpty()) {
            expected.removeAll(noise);
        }
        if (!ascending) {
            Collections.reverse(expected);
        }

        List<String> arrivedDuringWalk = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> writerFailure = new AtomicReference<>();
        CountDownLatch firstWrite = new CountDownLatch(1);
        Thread writer = new Thread(() -> {
            try {
                while (!stop.get()) {
                    // matching statements: they would show up in the walk if the window were not fixed
                    arrivedDuringWalk.addAll(lrs.store(array(statement(alice, verb, act).build(),
                            statement(alice, verb, act).build())));
                    firstWrite.countDown();
                }
            } catch (Throwable e) {
                writerFailure.set(e);
                firstWrite.countDown();
            }
        }, "paging-writer");

        var query = new java.util.LinkedHashMap<>(filter);
        query.put("limit", String.valueOf(PAGE));
        if (ascending) {
            query.put("ascending", "true");
        }
        List<String> walked = new ArrayList<>();
        int pages = 0;
        // The first page fixes the window: writes that commit before it are legitimately in it, so the
        // writer starts only once the first page has been answered.
        JsonObject page = lrs.result(query);
        writer.start();
        try {
            firstWrite.await();
            while (true) {
                pages++;
                List<String> ids = StatementsIT.idsOf(page);
                assertTrue(ids.size() <= PAGE, "page larger than limit: " + ids.size());
                walked.addAll(ids);
                String more = page.getString("more");
                if (more.isEmpty()) {
                    break;
                }
                assertTrue(more.startsWith("/xapi/statements?"), "more is a relative IRL with path: " + more);
                int before = arrivedDuringWalk.size();
                page = lrs.more(more);
                // make sure writes keep landing between page fetches
                long deadline = System.currentTimeMillis() + 5_000;
                while (arrivedDuringWalk.size() == before && writerFailure.get() == null
                        && System.currentTimeMillis() < deadline) {
                    Thread.sleep(5);
                }
                assertTrue(pages < 1000, "walk does not end");
            }
        } finally {
            stop.set(true);
            writer.join(30_000);
        }
        if (writerFailure.get() != null) {
            throw new AssertionError("writer failed", writerFailure.get());
        }
        assertEquals(new HashSet<>(walked).size(), walked.size(), "no statement twice");
        Set<String> leaked = new HashSet<>(walked);
        leaked.retainAll(arrivedDuringWalk);
        assertEquals(Set.of(), leaked, "statements stored after the first page are not mixed in");
        assertEquals(expected, walked, "every statement exactly once, in order");
        assertEquals((expected.size() + PAGE - 1) / PAGE, pages);
        assertTrue(arrivedDuringWalk.size() >= pages - 1, "writes happened during the walk: " + arrivedDuringWalk.size());
        // and a new query sees the new statements
        List<String> now = lrs.ids(filter);
        assertEquals(expected.size() + arrivedDuringWalk.size(), now.size());
    }

    /** INITIAL matching statements in batches, interleaved with noise the filtered walk must skip; all ids in order. */
    private List<String> seed(List<String> noise) {
        List<String> ids = new ArrayList<>();
        for (int b = 0; b < INITIAL / 10; b++) {
            List<JsonObject> batch = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                batch.add(statement(alice, verb, act).build());
            }
            ids.addAll(lrs.store(array(batch)));
            List<String> n = lrs.store(array(statement(agent("noise-" + t), verb, act).build(),
                    statement(alice, verb, act + "/noise").build()));
            noise.addAll(n);
            ids.addAll(n);
        }
        return ids;
    }

    @Test
    @DisplayName("Data 2.5: a more IRL keeps the original filters, format and page size")
    void moreKeepsQuery() {
        for (int i = 0; i < 5; i++) {
            lrs.store(statement(alice, verb, Stmts.definedActivity(act)).build());
            lrs.store(statement(agent("other-" + t), verb, act + "/other").build());
        }
        JsonObject page = lrs.result(params("activity", act, "limit", "2", "format", "ids"));
        int total = 0;
        while (true) {
            for (JsonValue v : page.getJsonArray("statements")) {
                JsonObject s = v.asJsonObject();
                assertEquals(act, s.getJsonObject("object").getString("id"));
                assertFalse(s.getJsonObject("object").containsKey("definition"), "format=ids kept");
                total++;
            }
            if (page.getString("more").isEmpty()) {
                break;
            }
            page = lrs.more(page.getString("more"));
            assertTrue(page.getJsonArray("statements").size() <= 2);
        }
        assertEquals(5, total);
    }

    @Test
    @DisplayName("Data 2.5: a more IRL that was tampered with, or combined with other parameters, is 400")
    void tamperedMore() {
        for (int i = 0; i < 3; i++) {
            lrs.store(statement(alice, verb, act).build());
        }
        String more = lrs.result(params("limit", "1")).getString("more");
        assertFalse(more.isEmpty());
        String token = more.substring(more.indexOf("more=") + 5);

        // garbage
        assertBadMore("/xapi/statements?more=" + new StringBuilder(token).reverse());
        assertBadMore("/xapi/statements?more=" + token.substring(0, token.length() / 2));
        assertBadMore("/xapi/statements?more=!!not-a-token!!");
        assertBadMore(more + "&limit=5");

        // well-formed but altered: if the token is readable JSON, ask for a page far beyond the server's limit
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return; // an opaque token: the garbage cases above are what a client can do
        }
        JsonValue v;
        try {
            v = json(decoded);
        } catch (RuntimeException notJson) {
            return;
        }
        if (v instanceof JsonObject o && o.containsKey("n")) {
            String forged = jakarta.json.Json.createObjectBuilder(o).add("n", 1_000_000).build().toString();
            assertBadMore("/xapi/statements?more=" + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(forged.getBytes(StandardCharsets.UTF_8)));
        }
        assertTrue(!(v instanceof JsonString), "token decodes to structured data or nothing");
    }

    private void assertBadMore(String more) {
        HttpResponse<String> r = LrsClient.send(lrs.request(more).GET());
        assertEquals(400, r.statusCode(), more + " -> " + r.body());
        assertTrue(StatementsIT.message(r).contains("more"), r.body());
        StatementsIT.assertHeaders(r);
    }
}
