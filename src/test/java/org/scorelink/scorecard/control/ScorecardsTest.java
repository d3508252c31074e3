package org.scorelink.scorecard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scorelink.scorecard.entity.Scorecard;
import org.scorelink.scorecard.entity.ScorecardVersion;
import org.scorelink.scorecard.entity.VersionInfo;

/** The version store and its rules against a real (in-memory) Derby database, without a container. */
class ScorecardsTest {

    private static int databases;

    private EmbeddedDataSource dataSource;
    private Scorecards scorecards;
    private ExecutorService pool;

    @BeforeEach
    void database() {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:scorecards" + (++databases));
        dataSource.setCreateDatabase("create");
        scorecards = server(Clock.fixed(Instant.parse("2026-03-01T10:00:00.123456789Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void stopPool() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /** Another server on the same database: its own version store, cache and locks. */
    private Scorecards server(Clock clock) {
        ScorecardVersions versions = new ScorecardVersions();
        versions.dataSource = dataSource;
        Scorecards s = new Scorecards();
        s.versions = versions;
        s.clock = clock;
        return s;
    }

    private static Scorecards.Change by(String author, String reason) {
        return new Scorecards.Change(author, Optional.of(author + "-key"), reason, OptionalInt.empty());
    }

    private static Scorecards.Change expecting(int version) {
        return new Scorecards.Change("ann", Optional.empty(), "based on " + version, OptionalInt.of(version));
    }

    private static Scorecard minimal() {
        return Fixtures.minimal();
    }

    private Scorecards.Applied replace(long store, Scorecard sc, Scorecards.Change change) {
        return scorecards.replace(store, sc, List.of(), change);
    }

    @Test
    void aStoreStartsWithTheDefaultScorecardAsVersion1() {
        ScorecardVersion v = scorecards.current(7);
        assertEquals(1, v.version());
        assertEquals(Scorecards.DEFAULT_AUTHOR, v.info().author());
        assertEquals(Scorecards.DEFAULT_REASON, v.info().reason());
        assertEquals(Optional.empty(), v.info().client());
        assertEquals(ScorecardJson.toJson(DefaultScorecard.scorecard()), v.document());
        assertEquals(ScorecardJson.canonical(DefaultScorecard.scorecard()), v.scorecard());
        assertEquals(1, scorecards.current(7).version(), "reading again creates nothing");
        assertEquals(1, scorecards.history(7).size());
        // version 1's diff is from the empty document
        JsonArray diff = scorecards.diff(7, 0, 1).orElseThrow();
        assertEquals(v.document(), ScorecardJson.patch(JsonValue.EMPTY_JSON_OBJECT, diff));
        assertEquals(diff.size(), v.info().changes());
    }

    @Test
    void aChangeBecomesTheNextVersionWithAuthorTimeReasonAndDiff() {
        scorecards.current(3);
        Scorecards.Applied applied = replace(3, minimal(), by("Ann Admin", "  our own scorecard  "));
        assertTrue(applied.created());
        VersionInfo info = applied.version().info();
        assertEquals(2, info.version());
        assertEquals("Ann Admin", info.author());
        assertEquals(Optional.of("Ann Admin-key"), info.client());
        assertEquals("our own scorecard", info.reason(), "reasons are stripped");
        assertEquals(Instant.parse("2026-03-01T10:00:00.123Z"), info.created(), "milliseconds, as stored");
        assertEquals(info, scorecards.history(3).get(0), "the answer is what is stored");

        ScorecardVersion current = scorecards.current(3);
        assertEquals(2, current.version());
        assertEquals(ScorecardJson.toJson(minimal()), current.document());
        ScorecardVersion v1 = scorecards.version(3, 1).orElseThrow();
        JsonArray diff = scorecards.diff(3, 1, 2).orElseThrow();
        assertEquals(current.document(), ScorecardJson.patch(v1.document(), diff), "the stored diff is the change");
        assertEquals(diff.size(), info.changes());
        assertEquals(List.of(2, 1), scorecards.history(3).stream().map(VersionInfo::version).toList());
    }

    @Test
    void aChangeThatAltersNothingStoresNoVersion() {
        scorecards.current(3);
        replace(3, minimal(), by("ann", "first"));
        // the same model listed in another order is the same canonical JSON
        Scorecard reordered = ScorecardJson.fromJson(ScorecardJson.toJson(minimal()));
        Scorecards.Applied again = replace(3, reordered, by("bob", "again"));
        assertFalse(again.created());
        assertEquals(2, again.version().version());
        assertEquals("ann", again.version().info().author());
        assertEquals(2, scorecards.history(3).size());
    }

    @Test
    void diffsBetweenAnyTwoVersionsInEitherDirection() {
        scorecards.current(3);
        replace(3, minimal(), by("ann", "minimal"));
        replace(3, minimal().withName("Renamed"), by("ann", "rename"));
        JsonObject v1 = scorecards.version(3, 1).orElseThrow().document();
        JsonObject v3 = scorecards.version(3, 3).orElseThrow().document();
        assertEquals(v3, ScorecardJson.patch(v1, scorecards.diff(3, 1, 3).orElseThrow()));
        assertEquals(v1, ScorecardJson.patch(v3, scorecards.diff(3, 3, 1).orElseThrow()));
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, scorecards.diff(3, 2, 2).orElseThrow());
        JsonArray rename = scorecards.diff(3, 2, 3).orElseThrow();
        assertEquals(1, rename.size());
        assertEquals("/name", rename.getJsonObject(0).getString("path"));
        assertEquals(Optional.empty(), scorecards.diff(3, 1, 4), "no version 4");
        assertEquals(Optional.empty(), scorecards.version(3, 4));
    }

    @Test
    void storesKeepTheirOwnVersions() {
        scorecards.current(1);
        replace(1, minimal(), by("ann", "store 1"));
        assertEquals(2, scorecards.current(1).version());
        assertEquals(1, scorecards.current(2).version());
        assertEquals(ScorecardJson.toJson(DefaultScorecard.scorecard()), scorecards.current(2).document());
        assertEquals(ScorecardJson.toJson(minimal()), scorecards.current(1).document());
    }

    @Test
    void aWholeScorecardIntoAStoreWithoutVersionsIsVersion1() {
        Scorecards.Applied applied = replace(3, minimal(), by("ann", "ours from the start"));
        assertEquals(1, applied.version().version());
        assertEquals(ScorecardJson.toJson(minimal()),
                ScorecardJson.patch(JsonValue.EMPTY_JSON_OBJECT, scorecards.diff(3, 0, 1).orElseThrow()));
        assertEquals(List.of("ann"), scorecards.history(3).stream().map(VersionInfo::author).toList());
        // an element edit of a store without versions applies to the default scorecard
        Scorecards.Applied edit = scorecards.update(8, current -> new Scorecards.Candidate(current.withName("X"),
                List.of()), by("bob", "rename"));
        assertEquals(2, edit.version().version());
        assertEquals(Scorecards.DEFAULT_AUTHOR, scorecards.version(8, 1).orElseThrow().info().author());
    }

    @Test
    void aReasonIsRequired() {
        ScorecardRefused e = assertThrows(ScorecardRefused.class, () -> replace(3, minimal(), by("ann", " \t")));
        assertEquals(ScorecardRefused.Kind.INVALID, e.kind());
        assertTrue(e.getMessage().startsWith("reason: required"), e.getMessage());
        String tooLong = "x".repeat(ScorecardVersions.MAX_REASON + 1);
        assertThrows(ScorecardRefused.class, () -> replace(3, minimal(), by("ann", tooLong)));
        assertEquals(1, scorecards.history(3).size(), "nothing stored");
    }

    @Test
    void aStaleExpectedVersionIsRefusedAndAMatchingOneAccepted() {
        scorecards.current(3);
        assertEquals(2, replace(3, minimal(), expecting(1)).version().version());
        ScorecardRefused e = assertThrows(ScorecardRefused.class,
                () -> replace(3, minimal().withName("Other"), expecting(1)));
        assertEquals(ScorecardRefused.Kind.STALE, e.kind());
        assertTrue(e.getMessage().contains("at version 2, not 1"), e.getMessage());
        assertEquals(2, scorecards.current(3).version());
    }

    @Test
    void aCandidateWithErrorsIsRefusedWithEveryProblem() {
        Scorecard bad = minimal().withoutMeasure("output"); // a target and a link still refer to it
        ScorecardRefused e = assertThrows(ScorecardRefused.class, () -> scorecards.update(3,
                current -> new Scorecards.Candidate(bad, ScorecardValidator.validate(bad)), by("ann", "break it")));
        assertEquals(ScorecardRefused.Kind.INVALID, e.kind());
        assertEquals(ScorecardValidator.validate(bad), e.problems());
        assertTrue(e.problems().size() >= 3, e.problems().toString());
        assertTrue(e.getMessage().startsWith("scorecard: " + e.problems().stream().filter(Problem::isError).count()
                + " errors, the first: "), e.getMessage());
        assertEquals(1, scorecards.current(3).version());
    }

    @Test
    void concurrentChangesOnOneServerEachGetTheirOwnVersion() throws Exception {
        scorecards.current(5);
        int n = 12;
        pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Scorecards.Applied>> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Scorecard sc = minimal().withName("Name " + i);
            String author = "admin " + i;
            results.add(pool.submit(() -> {
                start.await();
                return replace(5, sc, by(author, "rename"));
            }));
        }
        start.countDown();
        List<Integer> versions = new ArrayList<>();
        for (Future<Scorecards.Applied> f : results) {
            versions.add(f.get().version().version());
        }
        Collections.sort(versions);
        assertEquals(java.util.stream.IntStream.rangeClosed(2, n + 1).boxed().toList(), versions);
        assertEquals(n + 1, scorecards.history(5).size());
    }

    @Test
    void twoServersNeverBothStoreTheSameVersion() throws Exception {
        Scorecards other = server(Clock.systemUTC());
        scorecards.current(5);
        other.current(5);
        int n = 8;
        pool = Executors.newFixedThreadPool(2 * n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        for (int i = 0; i < 2 * n; i++) {
            Scorecards server = i % 2 == 0 ? scorecards : other;
            Scorecard sc = minimal().withName("Name " + i);
            boolean withIfMatch = i < n; // half say they are based on version 1
            results.add(pool.submit(() -> {
                start.await();
                try {
                    return server.replace(5, sc, List.of(), withIfMatch ? expecting(1) : by("x", "rename"));
                } catch (ScorecardRefused e) {
                    return e;
                }
            }));
        }
        start.countDown();
        int stored = 0;
        int stale = 0;
        for (Future<Object> f : results) {
            Object r = f.get();
            if (r instanceof Scorecards.Applied a) {
                assertTrue(a.created());
                stored++;
            } else {
                assertEquals(ScorecardRefused.Kind.STALE, ((ScorecardRefused) r).kind(), r.toString());
                stale++;
            }
        }
        List<VersionInfo> history = scorecards.history(5);
        assertEquals(stored + 1, history.size(), "every accepted change has its own version");
        assertEquals(2 * n, stored + stale);
        assertTrue(stored >= n, "the changes without If-Match are all stored (retried when they lose a race)");
        assertTrue(stale >= n - 1, "at most one change based on version 1 can win");
        List<Integer> numbers = history.stream().map(VersionInfo::version).toList();
        assertEquals(java.util.stream.IntStream.iterate(stored + 1, v -> v >= 1, v -> v - 1).boxed().toList(),
                numbers);
        // the chain of diffs reproduces every version from the one before
        for (int v = 2; v <= stored + 1; v++) {
            assertEquals(scorecards.version(5, v).orElseThrow().document(), ScorecardJson.patch(
                    scorecards.version(5, v - 1).orElseThrow().document(), scorecards.diff(5, v - 1, v).orElseThrow()));
        }
    }

    @Test
    void aServerSeesVersionsAnotherServerStored() {
        Scorecards other = server(Clock.systemUTC());
        assertEquals(1, scorecards.current(9).version()); // cached here
        other.replace(9, minimal(), List.of(), by("ann", "from the other server"));
        ScorecardVersion seen = scorecards.current(9);
        assertEquals(2, seen.version());
        assertEquals(ScorecardJson.toJson(minimal()), seen.document());
    }
}
