package org.scorelink.scorecard.entity;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One measure of a scorecard report: its actual for the org unit and period, the target that applies, its score,
 * status and trend.
 *
 * @param measure   the measure
 * @param requested the period asked for; when it is finer than the measure's period, {@code actual.period()} is
 *                  the measure's period containing it
 * @param actual    the value, or why there is none
 * @param target    the most specific target that applies, if any
 * @param score     0..cap, when there is a value and a target
 * @param status    red / amber / green, when there is a value and a target
 * @param trend     the change since the previous period
 * @param unscored  why there is no score (no value, no target); present exactly when {@code score} is empty
 */
public record MeasureScore(Measure measure, ReportingPeriod requested, Actual actual, Optional<Target> target,
                           OptionalDouble score, Optional<Status> status, Trend trend, Optional<String> unscored) {

    public MeasureScore {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(trend, "trend");
        Objects.requireNonNull(unscored, "unscored");
    }

    /** Key of the measure. */
    public String key() {
        return measure.key();
    }

    /** True when the measure's value is that of a coarser period containing the one asked for. */
    public boolean containingPeriod() {
        return actual.period().unit().compareTo(requested.unit()) > 0;
    }

    /** True when amber or red. */
    public boolean offTarget() {
        return status.filter(s -> s != Status.GREEN).isPresent();
    }
}
