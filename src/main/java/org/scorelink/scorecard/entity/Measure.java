package org.scorelink.scorecard.entity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A measure: what is counted, in which unit, which way is better, and where its values come from.
 *
 * @param key           unique key; also the variable naming it in formulas
 * @param name          display name
 * @param description   free text
 * @param unit          unit of its values ({@code hours}, {@code %}, {@code EUR}...)
 * @param perspective   key of its perspective
 * @param objectives    keys of the objectives it measures (each in the same perspective)
 * @param direction     which way is better
 * @param timing        leading (driver) or lagging (outcome)
 * @param period        the granularity its values are recorded and scored at
 * @param aggregation   how values combine across org units and into coarser periods
 * @param weightMeasure for {@link Aggregation#WEIGHTED_MEAN}: key of the measure whose values weigh the parts
 * @param source        where its values come from
 * @param formula       for {@link Source#FORMULA}: an expression over other measures' keys
 * @param weight        roll-up weight of its score in its objectives' scores (default 1); a measure with weight 0
 *                      is an input (e.g. headcount) that is shown but not rolled up, and needs no target
 */
public record Measure(String key, String name, Optional<String> description, String unit, String perspective,
                      List<String> objectives, Direction direction, Timing timing, Period period,
                      Aggregation aggregation, Optional<String> weightMeasure, Source source,
                      Optional<String> formula, double weight) {

    public Measure {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(perspective, "perspective");
        objectives = List.copyOf(objectives);
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(weightMeasure, "weightMeasure");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(formula, "formula");
    }

    /** True when its values are computed by a formula. */
    public boolean computed() {
        return source == Source.FORMULA;
    }

    /** True when its score counts in roll-ups (weight above 0). */
    public boolean scored() {
        return weight > 0;
    }
}
