package org.scorelink.scorecard.entity;

import java.util.List;

/**
 * How much of a rolled-up score rests on data: of the scored measures (weight above 0) under an objective, a
 * perspective or the whole scorecard, how many had a score. Measures without one are left out of the roll-up,
 * never counted as 0.
 *
 * @param measures the scored measures in scope
 * @param scored   how many of them had a score
 * @param missing  keys of those that had none, in scorecard order
 */
public record Coverage(int measures, int scored, List<String> missing) {

    public Coverage {
        missing = List.copyOf(missing);
    }
}
