package org.scorelink.scorecard.entity;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The value of one measure for one org unit and period, however it was obtained, or the reason there is none.
 *
 * @param measure     key of the measure
 * @param orgUnit     key of the org unit
 * @param period      the period the value is for (the measure's own granularity or coarser)
 * @param value       the value in the measure's unit; empty when there is none
 * @param numerator   for rates: the summed numerators behind the value
 * @param denominator for rates: the summed denominators behind the value
 * @param basis       how it was obtained
 * @param sources     the sources of the recorded values behind it (through org units, periods, weights and
 *                    formula inputs)
 * @param missing     why there is no value; present exactly when {@code value} is empty
 */
public record Actual(String measure, String orgUnit, ReportingPeriod period, OptionalDouble value,
                     OptionalDouble numerator, OptionalDouble denominator, Basis basis, Set<Source> sources,
                     Optional<String> missing) {

    public Actual {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(orgUnit, "orgUnit");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        Objects.requireNonNull(basis, "basis");
        sources = sources.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sources));
        Objects.requireNonNull(missing, "missing");
        if (value.isPresent() == missing.isPresent()) {
            throw new IllegalArgumentException("an actual has a value or a reason for having none, not both");
        }
    }

    /** No value, for {@code reason}. */
    public static Actual none(String measure, String orgUnit, ReportingPeriod period, Basis basis, String reason) {
        return new Actual(measure, orgUnit, period, OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), basis, Set.of(), Optional.of(reason));
    }

    public boolean present() {
        return value.isPresent();
    }

    /** True when it carries a rate's numerator and denominator. */
    public boolean hasParts() {
        return numerator.isPresent() && denominator.isPresent();
    }
}
