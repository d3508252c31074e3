package org.scorelink.scorecard.control;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading a scorecard (or one element of it) from text.
 *
 * @param value     what was read; present exactly when there is no {@link Severity#ERROR} among the problems
 * @param problems  errors and warnings, in document order of discovery
 * @param locations where each field path read from text starts ({@code measures[3].formula → 41:14})
 * @param <T>       the element read
 */
public record Parsed<T>(Optional<T> value, List<Problem> problems, Map<String, Location> locations) {

    public Parsed {
        Objects.requireNonNull(value, "value");
        problems = List.copyOf(problems);
        locations = Map.copyOf(locations);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /** The value, or a {@link ScorecardException} carrying every problem. */
    public T orElseThrow() {
        return value.orElseThrow(() -> new ScorecardException(problems));
    }
}
