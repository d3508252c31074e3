package org.scorelink.scorecard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.scorelink.scorecard.control.ScoringFixtures.CARD;
import static org.scorelink.scorecard.control.ScoringFixtures.period;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scorelink.scorecard.entity.ScoringRule;
import org.scorelink.scorecard.entity.Scorecard;
import org.scorelink.scorecard.entity.Target;

/** Target resolution: the most specific target wins, org units inherit their nearest ancestor's. */
class TargetsTest {

    /** baseline/target of the target that applies, e.g. "10/20"; "none" when none does. */
    private static String target(Scorecard card, String unit, String period) {
        return Targets.resolve(card, "hours", Optional.ofNullable(unit), period(period))
                .map(t -> fmt(t.baseline()) + "/" + fmt(t.target())).orElse("none");
    }

    private static String target(String unit, String period) {
        return target(CARD, unit, period);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    @Test
    void withoutSpecificTargetsTheGeneralOneApplies() {
        assertEquals("10/20", target("south", "2026-07"));
        assertEquals("10/20", target("org", "2026-07"));
        assertEquals("10/20", target(null, "2026-07"));
    }

    @Test
    void anOrgUnitsOwnTargetWinsOverTheGeneralOne() {
        assertEquals("5/10", target("north", "2026-07"));
    }

    @Test
    void aUnitWithoutATargetInheritsItsNearestAncestors() {
        assertEquals("5/10", target("north_a", "2026-07"));
    }

    @Test
    void aPeriodTargetAppliesToThatPeriodAndThePeriodsWithinIt() {
        assertEquals("20/40", target("south", "2026-Q4"));
        assertEquals("20/40", target("south", "2026-11"));
        assertEquals("20/40", target(null, "2026-12"));
        assertEquals("10/20", target("south", "2027-01"));
    }

    @Test
    void orgUnitAndPeriodWinsOverOrgUnitAlone() {
        assertEquals("0/100", target("north", "2026-11"));
        assertEquals("0/100", target("north_a", "2026-11")); // inherited with its period
    }

    @Test
    void orgUnitAloneWinsOverPeriodAlone() {
        // north's own target beats the Q4 target of every unit in December
        assertEquals("5/10", target("north", "2026-12"));
        assertEquals("5/10", target("north_b", "2026-12"));
    }

    @Test
    void aTargetForAFinerPeriodNeverJudgesACoarserOne() {
        // north has a target for 2026-11 only: the quarter is judged by north's target for every period
        assertEquals("5/10", target("north", "2026-Q4"));
    }

    @Test
    void theFinerOfTwoPeriodTargetsWins() {
        Scorecard card = CARD.withTarget(new Target("hours", Optional.empty(), Optional.of(period("2026-11")), 1, 2,
                ScoringRule.DEFAULT));
        assertEquals("1/2", target(card, "south", "2026-11"));
        assertEquals("20/40", target(card, "south", "2026-12"));
        assertEquals("20/40", target(card, "south", "2026-Q4"));
    }

    @Test
    void aMeasureWithoutTargetsHasNone() {
        assertEquals(Optional.empty(), Targets.resolve(CARD, "headcount", Optional.of("org"), period("2026-07")));
    }
}
