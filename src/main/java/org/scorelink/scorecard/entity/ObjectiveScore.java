package org.scorelink.scorecard.entity;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * An objective in a scorecard report: its measures and their weighted mean score.
 *
 * @param objective the objective
 * @param measures  its measures, in scorecard order
 * @param score     weighted mean (by measure weight) of the measures that have a score; empty when none has
 * @param coverage  how many of its scored measures had a score
 */
public record ObjectiveScore(Objective objective, List<MeasureScore> measures, OptionalDouble score,
                             Coverage coverage) {

    public ObjectiveScore {
        Objects.requireNonNull(objective, "objective");
        measures = List.copyOf(measures);
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(coverage, "coverage");
    }
}
