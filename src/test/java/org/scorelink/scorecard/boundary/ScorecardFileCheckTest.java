package org.scorelink.scorecard.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.scorelink.scorecard.control.ScorecardFile;

/** The readiness check's status and data for each outcome of loading the scorecard file. */
class ScorecardFileCheckTest {

    private static ScorecardFileCheck check(Optional<String> file, Optional<ScorecardFile.Outcome> outcome) {
        ScorecardFileLoader loader = new ScorecardFileLoader() {
            @Override
            Optional<ScorecardFile.Outcome> outcome() {
                return outcome;
            }
        };
        loader.file = file;
        loader.store = "default";
        ScorecardFileCheck check = new ScorecardFileCheck();
        check.loader = loader;
        return check;
    }

    private static Map<String, Object> data(HealthCheckResponse r) {
        return r.getData().orElseThrow();
    }

    @Test
    void upWithoutAFile() {
        HealthCheckResponse r = check(Optional.of("  "), Optional.empty()).call();
        assertEquals("scorecard-file", r.getName());
        assertEquals(HealthCheckResponse.Status.UP, r.getStatus());
        assertEquals(Map.of("file", "none"), data(r));
    }

    @Test
    void downUntilLoaded() {
        HealthCheckResponse r = check(Optional.of("/etc/sc.yaml"), Optional.empty()).call();
        assertEquals(HealthCheckResponse.Status.DOWN, r.getStatus());
        assertEquals("not loaded yet", data(r).get("status"));
    }

    @Test
    void downWithEveryProblemOfAnInvalidFile() {
        var outcome = new ScorecardFile.Outcome(Path.of("/etc/sc.yaml"), "default", ScorecardFile.Status.INVALID,
                OptionalInt.empty(), List.of("/etc/sc.yaml:3:5: ERROR measures[0].unit: must not be empty",
                        "/etc/sc.yaml:9:1: ERROR links[0].to: unknown measure 'x'"));
        HealthCheckResponse r = check(Optional.of("/etc/sc.yaml"), Optional.of(outcome)).call();
        assertEquals(HealthCheckResponse.Status.DOWN, r.getStatus());
        assertEquals("invalid", data(r).get("status"));
        assertEquals("default", data(r).get("store"));
        assertEquals(2L, data(r).get("problems"));
        assertEquals("/etc/sc.yaml:3:5: ERROR measures[0].unit: must not be empty", data(r).get("problem.1"));
        assertEquals("/etc/sc.yaml:9:1: ERROR links[0].to: unknown measure 'x'", data(r).get("problem.2"));
    }

    @Test
    void upWithTheVersionOnceLoaded() {
        var outcome = new ScorecardFile.Outcome(Path.of("/etc/sc.yaml"), "it-file", ScorecardFile.Status.UNCHANGED,
                OptionalInt.of(4), List.of());
        HealthCheckResponse r = check(Optional.of("/etc/sc.yaml"), Optional.of(outcome)).call();
        assertEquals(HealthCheckResponse.Status.UP, r.getStatus());
        assertEquals(4L, data(r).get("version"));
        assertEquals("unchanged", data(r).get("status"));
    }
}
