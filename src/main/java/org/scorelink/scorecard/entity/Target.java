package org.scorelink.scorecard.entity;

import java.util.Objects;
import java.util.Optional;

/**
 * What a measure should reach, optionally only for one org unit and/or one period. The most specific target
 * wins: (org unit + period) over (org unit) over (period) over (neither); an org unit without its own target
 * takes its nearest ancestor's.
 *
 * @param measure  key of the measure
 * @param orgUnit  key of the org unit it applies to (empty: every unit)
 * @param period   the period it applies to (empty: every period)
 * @param baseline the starting value (score 0)
 * @param target   the value to reach (score 100); above the baseline for higher-is-better measures, below for
 *                 lower-is-better ones
 * @param rule     how actuals turn into scores and statuses
 */
public record Target(String measure, Optional<String> orgUnit, Optional<ReportingPeriod> period, double baseline,
                     double target, ScoringRule rule) {

    public Target {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(orgUnit, "orgUnit");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(rule, "rule");
    }

    /** True when this target and {@code other} apply to the same measure, org unit and period. */
    public boolean sameScope(Target other) {
        return measure.equals(other.measure) && orgUnit.equals(other.orgUnit) && period.equals(other.period);
    }

    /** The direction the target implies: up when target > baseline, down when below, empty when equal. */
    public Optional<Direction> impliedDirection() {
        if (target > baseline) {
            return Optional.of(Direction.HIGHER_IS_BETTER);
        }
        return target < baseline ? Optional.of(Direction.LOWER_IS_BETTER) : Optional.empty();
    }
}
