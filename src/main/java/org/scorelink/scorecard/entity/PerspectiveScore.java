package org.scorelink.scorecard.entity;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A perspective in a scorecard report.
 *
 * @param perspective   the perspective
 * @param objectives    its objectives that apply to the org unit (those of no unit, of the unit or of an ancestor)
 * @param otherMeasures its measures under none of those objectives (inputs such as headcount, measures of other
 *                      units' objectives): shown, not rolled up
 * @param score         weighted mean (by objective weight) of its objectives' scores; empty when none has one
 * @param coverage      of the scored measures under its objectives, how many had a score
 */
public record PerspectiveScore(Perspective perspective, List<ObjectiveScore> objectives,
                               List<MeasureScore> otherMeasures, OptionalDouble score, Coverage coverage) {

    public PerspectiveScore {
        Objects.requireNonNull(perspective, "perspective");
        objectives = List.copyOf(objectives);
        otherMeasures = List.copyOf(otherMeasures);
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(coverage, "coverage");
    }
}
