package org.scorelink.scorecard.entity;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Turns an actual value into a score and a red/amber/green status.
 *
 * <p>Score = 100·(actual − baseline)/(target − baseline), clamped to [0, {@code cap}]; the sign of
 * target − baseline carries the direction. Status comes from the explicit thresholds on the actual when they are
 * given ({@code green}, {@code amber}: for higher-is-better measures "at least", for lower-is-better "at most"),
 * else from the score: green from {@code greenFrom}, amber from {@code amberFrom}, red below.
 *
 * @param amberFrom score from which the status is amber (default 70)
 * @param greenFrom score from which the status is green (default 100)
 * @param green     explicit threshold on the actual for green (given together with {@code amber})
 * @param amber     explicit threshold on the actual for amber
 * @param cap       highest score (default 100; above 100 rewards over-achievement)
 */
public record ScoringRule(double amberFrom, double greenFrom, OptionalDouble green, OptionalDouble amber,
                          double cap) {

    public static final double DEFAULT_AMBER_FROM = 70;
    public static final double DEFAULT_GREEN_FROM = 100;
    public static final double DEFAULT_CAP = 100;

    /** The rule used when a target gives none: amber from 70, green from 100, cap 100, no thresholds. */
    public static final ScoringRule DEFAULT = new ScoringRule(DEFAULT_AMBER_FROM, DEFAULT_GREEN_FROM,
            OptionalDouble.empty(), OptionalDouble.empty(), DEFAULT_CAP);

    public ScoringRule {
        Objects.requireNonNull(green, "green");
        Objects.requireNonNull(amber, "amber");
    }

    /** True when the status comes from thresholds on the actual rather than from the score. */
    public boolean explicitThresholds() {
        return green.isPresent() || amber.isPresent();
    }
}
