package org.scorelink.scorecard.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One recorded value of a measure for one org unit and period, from one source. At most one value exists per
 * store, measure, org unit, period and source. Values are recorded at the measure's own granularity; coarser
 * periods and parent org units are computed from them ({@code scorecard.control.Scoring}).
 *
 * @param measure     key of the measure
 * @param orgUnit     key of the org unit
 * @param period      the period, of the measure's granularity
 * @param value       the value in the measure's unit; for {@link Aggregation#RATE} measures
 *                    {@link #rate(boolean) numerator / denominator} when both are given
 * @param numerator   for rates: the count of successes (completed enrolments...)
 * @param denominator for rates: the count of cases (enrolments due...), not negative
 * @param source      where it came from: {@link Source#LEARNING} (xAPI statements), {@link Source#OUTCOME}
 *                    (imported business data) or {@link Source#MANUAL} (entered by hand); never
 *                    {@link Source#FORMULA}
 * @param recorded    when it was written
 * @param recordedBy  who wrote it (the client key for manual entries)
 */
public record MeasureValue(String measure, String orgUnit, ReportingPeriod period, OptionalDouble value,
                           OptionalDouble numerator, OptionalDouble denominator, Source source, Instant recorded,
                           String recordedBy) {

    public MeasureValue {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(orgUnit, "orgUnit");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recorded, "recorded");
        Objects.requireNonNull(recordedBy, "recordedBy");
    }

    /** A plain value (no numerator or denominator). */
    public static MeasureValue of(String measure, String orgUnit, ReportingPeriod period, double value,
                                  Source source) {
        return new MeasureValue(measure, orgUnit, period, OptionalDouble.of(value), OptionalDouble.empty(),
                OptionalDouble.empty(), source, Instant.EPOCH, "");
    }

    /** A rate's parts; the value is left to {@link #rate(boolean)}. */
    public static MeasureValue ofRate(String measure, String orgUnit, ReportingPeriod period, double numerator,
                                      double denominator, Source source) {
        return new MeasureValue(measure, orgUnit, period, OptionalDouble.empty(), OptionalDouble.of(numerator),
                OptionalDouble.of(denominator), source, Instant.EPOCH, "");
    }

    /** True when it carries both a numerator and a denominator. */
    public boolean hasParts() {
        return numerator.isPresent() && denominator.isPresent();
    }

    /**
     * numerator / denominator, times 100 when {@code percent} (the measure's unit is {@code %}); empty without
     * both parts or with a denominator of 0.
     */
    public OptionalDouble rate(boolean percent) {
        if (!hasParts() || denominator.getAsDouble() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((percent ? 100 : 1) * numerator.getAsDouble() / denominator.getAsDouble());
    }
}
