package org.scorelink.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorelink.xapi.boundary.LrsClient.array;
import static org.scorelink.xapi.boundary.LrsClient.params;
import static org.scorelink.xapi.boundary.Stmts.agent;
import static org.scorelink.xapi.boundary.Stmts.statement;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Durability across a server restart: every acknowledged statement survives, and the store carries on where it
 * left off. The restart is of the IT server itself; {@link #serverIsUpAgain()} makes sure it runs afterwards
 * whatever happened, so the other IT classes (same JVM, any order) find it up.
 */
@DisplayName("Restart: acknowledged statements are durable (Communication 2.1.2)")
class RestartIT {

    private static final String WLP = System.getProperty("scorelink.test.wlp");
    private static final String SERVER = System.getProperty("scorelink.test.server", "scorelink-it");

    private final LrsClient lrs = LrsClient.fresh("restart");
    private final String t = Stmts.tag();
    private final JsonObject alice = agent("alice-" + t);
    private final String verb = "http://example.com/verbs/" + t + "/did";
    private final String act = "http://example.com/activities/" + t;

    @Test
    @DisplayName("every acknowledged statement, voiding and pending reference survives; new writes continue in order")
    void statementsSurviveRestart() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int b = 0; b < 5; b++) {
            List<JsonObject> batch = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                batch.add(statement(alice, verb, act).build());
            }
            ids.addAll(lrs.store(array(batch)));
        }
        String voided = ids.remove(0);
        String voiding = lrs.store(Stmts.voiding(alice, voided).build()).get(0);
        ids.add(voiding); // the voiding statement matches the voided one's filters (2.1.4.s1.b2)
        String lateTarget = UUID.randomUUID().toString();
        String ref = lrs.store(statement(agent("bob-" + t), verb + "/confirmed", Stmts.ref(lateTarget)).build()).get(0);
        Instant lastStored = Instant.parse(lrs.statement(ref).getString("stored"));
        List<String> newestFirst = new ArrayList<>(ids);
        Collections.reverse(newestFirst);

        restart();

        // The first request after the restart is a query: it must see everything committed before it.
        List<String> first = lrs.ids(params("activity", act));
        assertEquals(newestFirst.size(), first.size(), "statements seen by the first query after the restart");
        assertEquals(newestFirst, first, "all statements, in order, after restart");
        assertEquals(newestFirst, lrs.ids(params("agent", alice.toString(), "limit", "7")));
        for (String id : ids) {
            assertEquals(id, lrs.statement(id).getString("id"));
        }
        assertEquals(404, lrs.get("statementId=" + voided).statusCode(), "still voided");
        assertEquals(200, lrs.get("voidedStatementId=" + voided).statusCode());
        assertEquals(ref, lrs.statement(ref).getString("id"));

        // new writes: stored keeps increasing, and the reference stored before the restart now resolves
        List<String> after = lrs.store(array(statement(alice, verb, act).add("id", lateTarget).build(),
                statement(alice, verb + "/new", act).build()));
        Instant firstNew = Instant.parse(lrs.statement(after.get(0)).getString("stored"));
        Instant secondNew = Instant.parse(lrs.statement(after.get(1)).getString("stored"));
        assertTrue(firstNew.isAfter(lastStored), firstNew + " after " + lastStored);
        assertTrue(secondNew.isAfter(firstNew));
        List<String> latest = StatementsIT.idsOf(lrs.result(params("activity", act, "limit", "3")));
        assertEquals(List.of(after.get(1), after.get(0), ref), latest,
                "newest first: the new statements, then the reference that now inherits the activity");
        assertEquals(List.of(after.get(1)), lrs.ids(params("verb", verb + "/new")), "new terms are interned afresh");
        assertEquals(ids.size() + 3, lrs.ids(params("activity", act)).size());
    }

    /** Stops and starts the IT server with Liberty's own script, then waits for the xAPI to answer. */
    private static void restart() throws Exception {
        server("stop");
        serverIsUpAgain();
    }

    @AfterAll
    static void serverIsUpAgain() throws Exception {
        if (answers()) {
            return;
        }
        server("start");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            if (answers()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("server " + SERVER + " did not come back within 240 s");
    }

    private static boolean answers() {
        try {
            HttpResponse<String> r = LrsClient.HTTP.send(HttpRequest.newBuilder(
                    URI.create(LrsClient.BASE + "/xapi/about")).timeout(java.time.Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    private static void server(String action) throws Exception {
        assertTrue(WLP != null, "system property scorelink.test.wlp (set by failsafe)");
        Path log = Files.createTempFile("scorelink-it-" + action, ".log");
        Process p = new ProcessBuilder(new File(WLP, "bin/server").getPath(), action, SERVER)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroy();
            throw new AssertionError("server " + action + " did not finish: " + Files.readString(log));
        }
        assertEquals(0, p.exitValue(), () -> "server " + action + ": " + readQuietly(log));
    }

    private static String readQuietly(Path log) {
        try {
            return Files.readString(log);
        } catch (Exception e) {
            return e.toString();
        }
    }
}
