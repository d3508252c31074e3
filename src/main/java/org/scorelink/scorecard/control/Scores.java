package org.scorelink.scorecard.control;

import java.util.Objects;
import org.scorelink.scorecard.entity.Direction;
import org.scorelink.scorecard.entity.ScoringRule;
import org.scorelink.scorecard.entity.Status;
import org.scorelink.scorecard.entity.Target;

/**
 * Turns an actual into a score and a status by a target's {@link ScoringRule}.
 *
 * <p>Score = 100 · (actual − baseline) / (target − baseline), clamped to [0, cap]. The sign of target − baseline
 * carries the direction: for a lower-is-better measure the target is below the baseline, so falling values raise
 * the score. The status comes from the rule's explicit thresholds on the actual when it has them ({@code green},
 * {@code amber}: "at least" for higher-is-better measures, "at most" for lower-is-better ones), else from the
 * score: green from {@code greenFrom}, amber from {@code amberFrom}, red below. The bands are tested on the score
 * before clamping, so a value below the baseline is never amber by a band of 0. Scores are rounded to 9 decimals
 * first, so that an actual equal to the target scores exactly 100 despite binary fractions.
 */
public final class Scores {

    private static final double EPSILON = 1e-9;

    private Scores() {
    }

    /**
     * A score and a status.
     *
     * @param score  0..cap
     * @param raw    the score before clamping
     * @param status red / amber / green
     */
    public record Assessment(double score, double raw, Status status) {
        public Assessment {
            Objects.requireNonNull(status, "status");
        }
    }

    /**
     * Scores {@code actual} against {@code target}; {@code direction} is the measure's (it decides what the explicit
     * thresholds mean).
     *
     * @throws IllegalArgumentException when the target equals its baseline (the validator refuses such targets)
     */
    public static Assessment assess(double actual, Target target, Direction direction) {
        double span = target.target() - target.baseline();
        if (span == 0) {
            throw new IllegalArgumentException("target equals baseline for measure " + target.measure());
        }
        ScoringRule rule = target.rule();
        double raw = round(100 * (actual - target.baseline()) / span);
        double score = Math.max(0, Math.min(rule.cap(), raw));
        return new Assessment(score, raw, status(actual, raw, rule, direction));
    }

    private static Status status(double actual, double raw, ScoringRule rule, Direction direction) {
        if (rule.explicitThresholds()) {
            if (rule.green().isPresent() && reaches(actual, rule.green().getAsDouble(), direction)) {
                return Status.GREEN;
            }
            if (rule.amber().isPresent() && reaches(actual, rule.amber().getAsDouble(), direction)) {
                return Status.AMBER;
            }
            return Status.RED;
        }
        if (raw >= rule.greenFrom()) {
            return Status.GREEN;
        }
        return raw >= rule.amberFrom() ? Status.AMBER : Status.RED;
    }

    /** At least {@code threshold} (higher is better) or at most (lower is better), up to rounding noise. */
    private static boolean reaches(double actual, double threshold, Direction direction) {
        double tolerance = EPSILON * Math.max(1, Math.abs(threshold));
        return direction == Direction.HIGHER_IS_BETTER ? actual >= threshold - tolerance
                : actual <= threshold + tolerance;
    }

    private static double round(double score) {
        return Math.abs(score) >= 1e9 ? score : Math.round(score * 1e9) / 1e9;
    }
}
