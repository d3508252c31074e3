package org.scorelink.scorecard.control;

import java.util.List;
import java.util.stream.Collectors;

/** A scorecard (or an element of one) that cannot be used, with every problem found. */
public class ScorecardException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public ScorecardException(List<Problem> problems) {
        super(problems.stream().filter(Problem::isError).map(Problem::toString)
                .collect(Collectors.joining("; ", "invalid scorecard: ", "")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, warnings included. */
    public List<Problem> problems() {
        return problems;
    }
}
