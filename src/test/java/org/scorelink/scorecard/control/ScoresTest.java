package org.scorelink.scorecard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.scorelink.scorecard.entity.Direction;
import org.scorelink.scorecard.entity.ScoringRule;
import org.scorelink.scorecard.entity.Status;
import org.scorelink.scorecard.entity.Target;

/** Score = 100·(actual − baseline)/(target − baseline), clamped to [0, cap]; status by thresholds or bands. */
class ScoresTest {

    private static final Direction UP = Direction.HIGHER_IS_BETTER;
    private static final Direction DOWN = Direction.LOWER_IS_BETTER;

    private static Target target(double baseline, double target, ScoringRule rule) {
        return new Target("m", Optional.empty(), Optional.empty(), baseline, target, rule);
    }

    private static ScoringRule bands(double amberFrom, double greenFrom, double cap) {
        return new ScoringRule(amberFrom, greenFrom, OptionalDouble.empty(), OptionalDouble.empty(), cap);
    }

    private static ScoringRule thresholds(double green, double amber) {
        return new ScoringRule(70, 100, OptionalDouble.of(green), OptionalDouble.of(amber), 100);
    }

    @Test
    void scoreIsTheShareOfTheWayFromBaselineToTarget() {
        Target t = target(10, 20, ScoringRule.DEFAULT);
        assertEquals(50, Scores.assess(15, t, UP).score(), 1e-12);
        assertEquals(0, Scores.assess(10, t, UP).score(), 1e-12);
        assertEquals(100, Scores.assess(20, t, UP).score(), 1e-12);
    }

    @Test
    void scoreIsClampedAtZeroAndAtTheDefaultCapOf100() {
        Target t = target(10, 20, ScoringRule.DEFAULT);
        Scores.Assessment below = Scores.assess(5, t, UP);
        assertEquals(0, below.score());
        assertEquals(-50, below.raw(), 1e-12);
        Scores.Assessment above = Scores.assess(25, t, UP);
        assertEquals(100, above.score());
        assertEquals(150, above.raw(), 1e-12);
    }

    @Test
    void aHigherCapRewardsDoingBetterThanTheTarget() {
        Target t = target(40, 46, bands(70, 100, 120));
        assertEquals(116.666666667, Scores.assess(47, t, UP).score(), 1e-6);
        assertEquals(120, Scores.assess(50, t, UP).score());
        assertEquals(Status.GREEN, Scores.assess(50, t, UP).status());
    }

    @Test
    void defaultBandsRedBelow70AmberFrom70GreenFrom100() {
        Target t = target(0, 100, ScoringRule.DEFAULT);
        assertEquals(Status.RED, Scores.assess(69.99, t, UP).status());
        assertEquals(Status.AMBER, Scores.assess(70, t, UP).status());
        assertEquals(Status.AMBER, Scores.assess(99.9, t, UP).status());
        assertEquals(Status.GREEN, Scores.assess(100, t, UP).status());
    }

    @Test
    void customBands() {
        Target t = target(3, 4, bands(50, 90, 100));
        assertEquals(Status.RED, Scores.assess(3.4, t, UP).status());
        assertEquals(Status.AMBER, Scores.assess(3.6, t, UP).status());
        assertEquals(Status.GREEN, Scores.assess(3.9, t, UP).status());
    }

    @Test
    void lowerIsBetterScoresFallingValuesUp() {
        Target t = target(5, 2, ScoringRule.DEFAULT); // defect rate: from 5 % down to 2 %
        assertEquals(50, Scores.assess(3.5, t, DOWN).score(), 1e-12);
        assertEquals(100, Scores.assess(2, t, DOWN).score(), 1e-12);
        assertEquals(100, Scores.assess(1, t, DOWN).score(), 1e-12);
        assertEquals(0, Scores.assess(6, t, DOWN).score(), 1e-12);
        assertEquals(Status.GREEN, Scores.assess(1, t, DOWN).status());
        assertEquals(Status.RED, Scores.assess(3.5, t, DOWN).status());
        assertEquals(Status.AMBER, Scores.assess(2.9, t, DOWN).status()); // score 70
    }

    @Test
    void explicitThresholdsOnTheActualOverrideTheBands() {
        Target t = target(60, 90, thresholds(85, 75));
        // 85 scores 83.3, amber by the bands, but reaches the green threshold
        assertEquals(Status.GREEN, Scores.assess(85, t, UP).status());
        assertEquals(83.333333333, Scores.assess(85, t, UP).score(), 1e-6);
        assertEquals(Status.AMBER, Scores.assess(80, t, UP).status());
        assertEquals(Status.AMBER, Scores.assess(75, t, UP).status());
        assertEquals(Status.RED, Scores.assess(74.9, t, UP).status());
    }

    @Test
    void explicitThresholdsOfALowerIsBetterMeasureAreAtMost() {
        Target t = target(4, 2, thresholds(2.5, 3));
        assertEquals(Status.GREEN, Scores.assess(2.5, t, DOWN).status());
        assertEquals(Status.GREEN, Scores.assess(1, t, DOWN).status());
        assertEquals(Status.AMBER, Scores.assess(2.8, t, DOWN).status());
        assertEquals(Status.AMBER, Scores.assess(3, t, DOWN).status());
        assertEquals(Status.RED, Scores.assess(3.1, t, DOWN).status());
    }

    @Test
    void anActualEqualToTheTargetIsGreenDespiteBinaryFractions() {
        double actual = 0.7 - 0.4; // 0.29999999999999993
        Scores.Assessment a = Scores.assess(actual, target(0, 0.3, ScoringRule.DEFAULT), UP);
        assertEquals(100, a.score());
        assertEquals(Status.GREEN, a.status());
    }

    @Test
    void aValueBelowTheBaselineIsRedEvenWithAnAmberBandFromZero() {
        Target t = target(10, 20, bands(0, 100, 100));
        assertEquals(Status.RED, Scores.assess(9, t, UP).status());
        assertEquals(Status.AMBER, Scores.assess(10, t, UP).status());
    }

    @Test
    void aTargetEqualToItsBaselineCannotScore() {
        assertThrows(IllegalArgumentException.class, () -> Scores.assess(1, target(5, 5, ScoringRule.DEFAULT), UP));
    }
}
