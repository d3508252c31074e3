package org.scorelink.scorecard.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The scorecard of one org unit for one period: every perspective in causal order with its objectives and
 * measures, and the rolled-up scores.
 *
 * @param orgUnit      the org unit (empty only for a scorecard without org units)
 * @param period       the period asked for
 * @param perspectives the perspectives, in causal order
 * @param score        weighted mean (by perspective weight) of the perspectives' scores; empty when none has one
 * @param coverage     of the scored measures under the objectives shown, how many had a score
 */
public record ScoreReport(Optional<OrgUnit> orgUnit, ReportingPeriod period, List<PerspectiveScore> perspectives,
                          OptionalDouble score, Coverage coverage) {

    public ScoreReport {
        Objects.requireNonNull(orgUnit, "orgUnit");
        Objects.requireNonNull(period, "period");
        perspectives = List.copyOf(perspectives);
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(coverage, "coverage");
    }

    /** Every measure of the report once, in the order shown (by perspective, objective, then other measures). */
    public List<MeasureScore> measures() {
        Map<String, MeasureScore> all = new LinkedHashMap<>();
        for (PerspectiveScore p : perspectives) {
            p.objectives().forEach(o -> o.measures().forEach(m -> all.putIfAbsent(m.key(), m)));
            p.otherMeasures().forEach(m -> all.putIfAbsent(m.key(), m));
        }
        return new ArrayList<>(all.values());
    }

    /** The report's entry for a measure. */
    public Optional<MeasureScore> measure(String key) {
        return measures().stream().filter(m -> m.key().equals(key)).findFirst();
    }
}
