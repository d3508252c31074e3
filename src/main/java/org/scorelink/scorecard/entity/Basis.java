package org.scorelink.scorecard.entity;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How an {@link Actual} was obtained: recorded as it is, combined from the org units below, combined from finer
 * periods, computed by a formula, or not at all.
 *
 * @param kind        which of those
 * @param aggregation for {@link Kind#ORG_UNITS} and {@link Kind#PERIODS}: how the parts were combined
 * @param formula     for {@link Kind#FORMULA}: the formula
 * @param used        the parts that had a value: org-unit keys, periods ({@code 2026-07}) or, for a formula,
 *                    input measure keys
 * @param missing     the parts that had none (an org unit with no value in its whole subtree, a month without a
 *                    value, a formula input without a value)
 * @param inputs      for {@link Kind#FORMULA}: the input values it was evaluated with
 */
public record Basis(Kind kind, Optional<Aggregation> aggregation, Optional<String> formula, List<String> used,
                    List<String> missing, Map<String, Double> inputs) {

    /** The ways a value is obtained. Written in JSON in lower case ({@link Keywords}). */
    public enum Kind {
        /** A value recorded for the org unit and period itself. */
        RECORDED,
        /** Combined from the org units below (the unit has no value of its own). */
        ORG_UNITS,
        /** Combined from the finer periods within the period asked for. */
        PERIODS,
        /** Computed by the measure's formula. */
        FORMULA,
        /** Nothing to go on. */
        NONE;
    }

    public static final Basis RECORDED = new Basis(Kind.RECORDED, Optional.empty(), Optional.empty(), List.of(),
            List.of(), Map.of());
    public static final Basis NONE = new Basis(Kind.NONE, Optional.empty(), Optional.empty(), List.of(), List.of(),
            Map.of());

    public Basis {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(formula, "formula");
        used = List.copyOf(used);
        missing = List.copyOf(missing);
        inputs = Map.copyOf(inputs);
    }

    /** Combined from parts ({@link Kind#ORG_UNITS} or {@link Kind#PERIODS}). */
    public static Basis combined(Kind kind, Aggregation aggregation, List<String> used, List<String> missing) {
        return new Basis(kind, Optional.of(aggregation), Optional.empty(), used, missing, Map.of());
    }

    /** Computed by {@code formula} from {@code inputs}; {@code missing} inputs had no value. */
    public static Basis formula(String formula, Map<String, Double> inputs, List<String> missing) {
        return new Basis(Kind.FORMULA, Optional.empty(), Optional.of(formula), inputs.keySet().stream().sorted()
                .toList(), missing, inputs);
    }
}
