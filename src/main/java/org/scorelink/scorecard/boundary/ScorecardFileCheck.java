package org.scorelink.scorecard.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.scorelink.scorecard.control.ScorecardFile;

/**
 * Readiness ({@code /health/ready}, check {@code scorecard-file}): DOWN while the configured scorecard file is not
 * in force — not loaded yet, unreadable, or with errors (each listed as {@code problem.1}, {@code problem.2}…) — so
 * an operator or orchestrator notices a bad configuration that left the previous scorecard in place. UP when no file
 * is configured, and when the file's scorecard is the store's current version (its warnings listed the same way).
 */
@Readiness
@ApplicationScoped
public class ScorecardFileCheck implements HealthCheck {

    static final String NAME = "scorecard-file";
    /** Most problems listed in the response (all are in the log). */
    static final int MAX_LISTED = 50;

    @Inject
    ScorecardFileLoader loader;

    @Override
    public HealthCheckResponse call() {
        Map<String, Object> data = new LinkedHashMap<>();
        if (loader.configuredFile().isEmpty()) {
            data.put("file", "none");
            return response(true, data);
        }
        Optional<ScorecardFile.Outcome> outcome = loader.outcome();
        if (outcome.isEmpty()) {
            data.put("file", loader.configuredFile().get().toString());
            data.put("status", "not loaded yet");
            return response(false, data);
        }
        ScorecardFile.Outcome o = outcome.get();
        data.put("file", o.file().toString());
        data.put("store", o.store());
        data.put("status", o.status().name().toLowerCase(Locale.ROOT));
        o.version().ifPresent(v -> data.put("version", (long) v));
        List<String> problems = o.problems();
        data.put("problems", (long) problems.size());
        for (int i = 0; i < Math.min(problems.size(), MAX_LISTED); i++) {
            data.put("problem." + (i + 1), problems.get(i));
        }
        return response(o.ok(), data);
    }

    private static HealthCheckResponse response(boolean up, Map<String, Object> data) {
        return new HealthCheckResponse(NAME, up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                Optional.of(data));
    }
}
