package org.scorelink.scorecard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelink.scorecard.entity.ScorecardVersion;

/** Loading the configuration file into a store, against an in-memory Derby database. */
class ScorecardFileTest {

    private static int databases;

    @TempDir
    Path dir;

    private Scorecards scorecards;

    @BeforeEach
    void database() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:scorecardfile" + (++databases));
        ds.setCreateDatabase("create");
        ScorecardVersions versions = new ScorecardVersions();
        versions.dataSource = ds;
        scorecards = new Scorecards();
        scorecards.versions = versions;
        scorecards.clock = Clock.systemUTC();
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void aFileBecomesTheFirstVersionOfAnEmptyStoreAndLoadsOnlyWhenChanged() throws IOException {
        Path f = file("sc.yaml", Fixtures.text("minimal.yaml"));
        ScorecardFile.Outcome first = ScorecardFile.load(scorecards, 4, "demo", f);
        assertEquals(ScorecardFile.Status.LOADED, first.status());
        assertEquals(OptionalInt.of(1), first.version(), "no default version before the file's");
        assertTrue(first.ok());
        ScorecardVersion v1 = scorecards.current(4);
        assertEquals("file:" + f.toAbsolutePath(), v1.info().author());
        assertEquals("loaded from " + f.toAbsolutePath() + " at startup", v1.info().reason());
        assertEquals(Optional.empty(), v1.info().client());
        assertEquals(ScorecardJson.toJson(Fixtures.minimal()), v1.document());

        // a restart with the same file (comments and order changed) stores nothing
        file("sc.yaml", "# a comment\n" + Fixtures.text("minimal.yaml"));
        ScorecardFile.Outcome again = ScorecardFile.load(scorecards, 4, "demo", f);
        assertEquals(ScorecardFile.Status.UNCHANGED, again.status());
        assertEquals(OptionalInt.of(1), again.version());

        // an edited file is the next version
        file("sc.yaml", Fixtures.text("minimal.yaml").replace("name: Test scorecard", "name: Edited"));
        ScorecardFile.Outcome edited = ScorecardFile.load(scorecards, 4, "demo", f);
        assertEquals(ScorecardFile.Status.LOADED, edited.status());
        assertEquals(2, scorecards.current(4).version());
        assertEquals("Edited", scorecards.current(4).scorecard().name());
    }

    @Test
    void anInvalidFileChangesNothingAndListsEveryProblemWithFileLineAndColumn() throws IOException {
        Path good = file("good.yaml", Fixtures.text("minimal.yaml"));
        ScorecardFile.load(scorecards, 4, "demo", good);
        Path bad = file("bad.yaml", Fixtures.text("minimal.yaml")
                .replace("  - {from: output, to: revenue}", "  - {from: output, to: revenu}")
                .replace("  - {measure: output, baseline: 10, target: 12}\n", ""));
        ScorecardFile.Outcome o = ScorecardFile.load(scorecards, 4, "demo", bad);
        assertEquals(ScorecardFile.Status.INVALID, o.status());
        assertFalse(o.ok());
        assertEquals(OptionalInt.empty(), o.version());
        String at = bad.toAbsolutePath().toString();
        assertEquals(List.of(
                at + ":21:5: ERROR measures[1]: measure 'output' has no target (give it one under targets, or weight 0 "
                        + "if it is only an input)",
                at + ":46:24: ERROR links[1].to: unknown measure 'revenu'; did you mean 'revenue'?"), o.problems());
        assertEquals(1, scorecards.current(4).version(), "the current version stays");
        assertEquals(ScorecardJson.toJson(Fixtures.minimal()), scorecards.current(4).document());
    }

    @Test
    void aMissingOrUnreadableFileFails() throws IOException {
        ScorecardFile.Outcome missing = ScorecardFile.load(scorecards, 4, "demo", dir.resolve("nope.yaml"));
        assertEquals(ScorecardFile.Status.FAILED, missing.status());
        assertTrue(missing.problems().get(0).contains("nope.yaml: cannot be read"), missing.problems().toString());
        Path latin1 = Files.write(dir.resolve("latin1.yaml"), "name: Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        ScorecardFile.Outcome notUtf8 = ScorecardFile.load(scorecards, 4, "demo", latin1);
        assertEquals(ScorecardFile.Status.FAILED, notUtf8.status());
        assertEquals(List.of(latin1.toAbsolutePath() + ": not UTF-8 text"), notUtf8.problems());
        assertEquals(List.of(), scorecards.history(4).stream().filter(v -> v.version() > 1).toList());
    }

    @Test
    void warningsAreReportedWithTheLoadedVersion() throws IOException {
        Path backward = file("backward.yaml", Fixtures.text("minimal.yaml")
                .replace("  - {from: output, to: revenue}", "  - {from: revenue, to: output}"));
        ScorecardFile.Outcome o = ScorecardFile.load(scorecards, 4, "demo", backward);
        assertEquals(ScorecardFile.Status.LOADED, o.status());
        assertTrue(o.ok());
        assertEquals(1, o.problems().size());
        assertTrue(o.problems().get(0).matches(".*backward\\.yaml:\\d+:\\d+: WARNING links\\[1\\]: link revenue → "
                + "output runs backwards.*"), o.problems().get(0));
    }
}
