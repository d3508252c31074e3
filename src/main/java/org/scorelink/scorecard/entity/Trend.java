package org.scorelink.scorecard.entity;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How a measure moved since the period before.
 *
 * @param previousPeriod the period compared with (the one before the period of the actual, same granularity)
 * @param previous       the value then, if there was one
 * @param delta          actual − previous, when both exist
 * @param direction      improving / worsening / flat judged by the measure's direction; unknown without both values
 */
public record Trend(ReportingPeriod previousPeriod, OptionalDouble previous, OptionalDouble delta,
                    TrendDirection direction) {

    public Trend {
        Objects.requireNonNull(previousPeriod, "previousPeriod");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(delta, "delta");
        Objects.requireNonNull(direction, "direction");
    }
}
