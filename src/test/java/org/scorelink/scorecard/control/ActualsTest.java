package org.scorelink.scorecard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorelink.scorecard.control.ScoringFixtures.CARD;
import static org.scorelink.scorecard.control.ScoringFixtures.period;
import static org.scorelink.scorecard.control.ScoringFixtures.values;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.scorelink.scorecard.entity.Actual;
import org.scorelink.scorecard.entity.Aggregation;
import org.scorelink.scorecard.entity.Basis;
import org.scorelink.scorecard.entity.Measure;
import org.scorelink.scorecard.entity.MeasureValue;
import org.scorelink.scorecard.entity.Scorecard;
import org.scorelink.scorecard.entity.Source;

/** Actuals: recorded values, aggregation across org units and in time, formulas. */
class ActualsTest {

    private static double value(Actual a) {
        assertTrue(a.present(), () -> "no value: " + a.missing().orElse(""));
        return a.value().getAsDouble();
    }

    private static String missing(Actual a) {
        assertFalse(a.present(), () -> "has a value: " + a.value());
        return a.missing().orElseThrow();
    }

    @Nested
    class Recorded {

        @Test
        void aRecordedValueIsTheActual() {
            Actual a = values().add("hours", "north_a", "2026-07", 12).actuals().of("hours", "north_a",
                    period("2026-07"));
            assertEquals(12, value(a));
            assertEquals(Basis.Kind.RECORDED, a.basis().kind());
            assertEquals(Set.of(Source.OUTCOME), a.sources());
            assertEquals(period("2026-07"), a.period());
        }

        @Test
        void noValueAtALeafSaysSo() {
            Actual a = values().actuals().of("hours", "south", period("2026-07"));
            assertEquals("no value recorded for south in 2026-07", missing(a));
            assertEquals(Basis.Kind.NONE, a.basis().kind());
        }

        @Test
        void theMeasuresOwnSourceWinsThenManual() {
            // hours is a learning measure: its learning value wins over a manual one
            Actual hours = values().add("hours", "south", "2026-07", 5, Source.MANUAL)
                    .add("hours", "south", "2026-07", 7, Source.LEARNING)
                    .add("hours", "south", "2026-07", 9, Source.OUTCOME).actuals().of("hours", "south",
                            period("2026-07"));
            assertEquals(7, value(hours));
            assertEquals(Set.of(Source.LEARNING), hours.sources());
            // defects is an outcome measure without an outcome value: manual beats learning
            Actual defects = values().add("defects", "south", "2026-07", 4, Source.LEARNING)
                    .add("defects", "south", "2026-07", 3, Source.MANUAL).actuals().of("defects", "south",
                            period("2026-07"));
            assertEquals(3, value(defects));
        }

        @Test
        void aRecordedRateIsNumeratorOverDenominatorInPercent() {
            Actual a = values().rate("completion", "south", "2026-07", 8, 10).actuals().of("completion", "south",
                    period("2026-07"));
            assertEquals(80, value(a), 1e-12);
            assertEquals(8, a.numerator().getAsDouble());
            assertEquals(10, a.denominator().getAsDouble());
        }

        @Test
        void aRecordedRateWithDenominatorZeroHasNoValue() {
            Actual a = values().rate("completion", "south", "2026-07", 0, 0).actuals().of("completion", "south",
                    period("2026-07"));
            assertTrue(missing(a).contains("denominator"), a::toString);
        }
    }

    @Nested
    class AcrossOrgUnits {

        @Test
        void sumAddsTheChildrensValues() {
            Actual north = values().add("hours", "north_a", "2026-07", 3).add("hours", "north_b", "2026-07", 4)
                    .actuals().of("hours", "north", period("2026-07"));
            assertEquals(7, value(north));
            assertEquals(Basis.Kind.ORG_UNITS, north.basis().kind());
            assertEquals(List.of("north_a", "north_b"), north.basis().used());
            assertEquals(List.of(), north.basis().missing());
        }

        @Test
        void valuesRollUpThroughSeveralLevelsAndMissingUnitsAreListedNotCountedAsZero() {
            Actuals actuals = values().add("hours", "north_a", "2026-07", 3).add("hours", "north_b", "2026-07", 4)
                    .actuals();
            Actual org = actuals.of("hours", "org", period("2026-07"));
            assertEquals(7, value(org));
            assertEquals(List.of("north"), org.basis().used());
            assertEquals(List.of("south"), org.basis().missing());
        }

        @Test
        void aUnitsOwnValueWinsOverItsChildren() {
            Actual north = values().add("hours", "north", "2026-07", 100).add("hours", "north_a", "2026-07", 3)
                    .actuals().of("hours", "north", period("2026-07"));
            assertEquals(100, value(north));
            assertEquals(Basis.Kind.RECORDED, north.basis().kind());
        }

        @Test
        void noValueInTheWholeSubtree() {
            Actual org = values().actuals().of("hours", "org", period("2026-07"));
            assertEquals("no value recorded for org or any org unit below it in 2026-07", missing(org));
            assertEquals(List.of("north", "south"), org.basis().missing());
        }

        @Test
        void meanAveragesTheChildrensValues() {
            Actual north = values().add("defects", "north_a", "2026-07", 2).add("defects", "north_b", "2026-07", 4)
                    .add("defects", "south", "2026-07", 9).actuals().of("defects", "north", period("2026-07"));
            assertEquals(3, value(north), 1e-12);
            assertEquals(Aggregation.MEAN, north.basis().aggregation().orElseThrow());
        }

        @Test
        void meanOfTheChildrenAtEachLevel() {
            // org = mean(north, south) = mean(mean(2, 4), 9) = 6, not the mean of the three leaves (5)
            Actual org = values().add("defects", "north_a", "2026-07", 2).add("defects", "north_b", "2026-07", 4)
                    .add("defects", "south", "2026-07", 9).actuals().of("defects", "org", period("2026-07"));
            assertEquals(6, value(org), 1e-12);
        }

        @Test
        void weightedMeanWeighsEachChildByTheWeightMeasure() {
            Actual north = values().add("hours_per_head", "north_a", "2026-07", 2)
                    .add("hours_per_head", "north_b", "2026-07", 5)
                    .add("headcount", "north_a", "2026-07", 10).add("headcount", "north_b", "2026-07", 30)
                    .actuals().of("hours_per_head", "north", period("2026-07"));
            assertEquals((2 * 10 + 5 * 30) / 40.0, value(north), 1e-12);
            assertEquals(Set.of(Source.OUTCOME), north.sources()); // values and weights are outcome values
        }

        @Test
        void weightedMeanTakesWeightsThatAreThemselvesRolledUp() {
            // org = north (4.25, headcount 10 + 30) and south (1, headcount 60)
            Actual org = values().add("hours_per_head", "north_a", "2026-07", 2)
                    .add("hours_per_head", "north_b", "2026-07", 5).add("hours_per_head", "south", "2026-07", 1)
                    .add("headcount", "north_a", "2026-07", 10).add("headcount", "north_b", "2026-07", 30)
                    .add("headcount", "south", "2026-07", 60)
                    .actuals().of("hours_per_head", "org", period("2026-07"));
            assertEquals((4.25 * 40 + 1 * 60) / 100, value(org), 1e-12);
        }

        @Test
        void weightedMeanLeavesOutAPartWithoutAWeight() {
            Actual north = values().add("hours_per_head", "north_a", "2026-07", 2)
                    .add("hours_per_head", "north_b", "2026-07", 5).add("headcount", "north_a", "2026-07", 10)
                    .actuals().of("hours_per_head", "north", period("2026-07"));
            assertEquals(2, value(north), 1e-12);
            assertEquals(List.of("north_b"), north.basis().missing());
        }

        @Test
        void weightedMeanWithoutAnyWeightHasNoValue() {
            Actual north = values().add("hours_per_head", "north_a", "2026-07", 2).actuals()
                    .of("hours_per_head", "north", period("2026-07"));
            assertEquals("no part has both a value and a weight (headcount)", missing(north));
        }

        @Test
        void weightedMeanWithWeightsAddingUpToZeroHasNoValue() {
            Actual north = values().add("hours_per_head", "north_a", "2026-07", 2)
                    .add("headcount", "north_a", "2026-07", 0).actuals()
                    .of("hours_per_head", "north", period("2026-07"));
            assertTrue(missing(north).contains("add up to 0"));
        }

        @Test
        void rateDividesTheSummedNumeratorsByTheSummedDenominators() {
            // 8/10 and 10/40: 18/50 = 36 %, not the mean of 80 % and 25 %
            Actual north = values().rate("completion", "north_a", "2026-07", 8, 10)
                    .rate("completion", "north_b", "2026-07", 10, 40).actuals()
                    .of("completion", "north", period("2026-07"));
            assertEquals(36, value(north), 1e-12);
            assertEquals(18, north.numerator().getAsDouble());
            assertEquals(50, north.denominator().getAsDouble());
        }

        @Test
        void aRateOfAUnitOtherThanPercentIsNotScaled() {
            Measure completion = CARD.measure("completion").orElseThrow();
            Scorecard card = CARD.withMeasure(new Measure(completion.key(), completion.name(),
                    completion.description(), "ratio", completion.perspective(), completion.objectives(),
                    completion.direction(), completion.timing(), completion.period(), completion.aggregation(),
                    completion.weightMeasure(), completion.source(), completion.formula(), completion.weight()));
            Actual north = new Actuals(card, List.of(
                    MeasureValue.ofRate("completion", "north_a", period("2026-07"), 8, 10, Source.LEARNING),
                    MeasureValue.ofRate("completion", "north_b", period("2026-07"), 10, 40, Source.LEARNING)))
                    .of("completion", "north", period("2026-07"));
            assertEquals(0.36, value(north), 1e-12);
        }

        @Test
        void aChildWithDenominatorZeroStillAddsToTheRate() {
            Actual north = values().rate("completion", "north_a", "2026-07", 0, 0)
                    .rate("completion", "north_b", "2026-07", 10, 40).actuals()
                    .of("completion", "north", period("2026-07"));
            assertEquals(25, value(north), 1e-12);
            assertEquals(List.of("north_a", "north_b"), north.basis().used());
        }

        @Test
        void aRateWhoseDenominatorsAddUpToZeroHasNoValue() {
            Actual north = values().rate("completion", "north_a", "2026-07", 0, 0).actuals()
                    .of("completion", "north", period("2026-07"));
            assertTrue(missing(north).contains("denominators of north_a add up to 0"), north::toString);
        }

        @Test
        void aRateValueWithoutNumeratorAndDenominatorCannotBeCombined() {
            Actual north = values().add("completion", "north_a", "2026-07", 80)
                    .rate("completion", "north_b", "2026-07", 10, 40).actuals()
                    .of("completion", "north", period("2026-07"));
            assertEquals(25, value(north), 1e-12);
            assertEquals(List.of("north_a"), north.basis().missing());
        }
    }

    @Nested
    class InTime {

        @Test
        void sumAddsTheMonthsOfAQuarter() {
            Actual q3 = values().add("hours", "north_a", "2026-07", 1).add("hours", "north_a", "2026-08", 2)
                    .add("hours", "north_a", "2026-09", 3).add("hours", "north_a", "2026-10", 100).actuals()
                    .of("hours", "north_a", period("2026-Q3"));
            assertEquals(6, value(q3));
            assertEquals(Basis.Kind.PERIODS, q3.basis().kind());
            assertEquals(List.of("2026-07", "2026-08", "2026-09"), q3.basis().used());
            assertEquals(period("2026-Q3"), q3.period());
        }

        @Test
        void missingMonthsAreListedNotCountedAsZero() {
            Actual q3 = values().add("hours", "north_a", "2026-07", 1).add("hours", "north_a", "2026-08", 2)
                    .actuals().of("hours", "north_a", period("2026-Q3"));
            assertEquals(3, value(q3));
            assertEquals(List.of("2026-09"), q3.basis().missing());
        }

        @Test
        void noMonthWithAValue() {
            Actual q3 = values().actuals().of("hours", "south", period("2026-Q3"));
            assertEquals("no value for south in any month of 2026-Q3 (hours is monthly)", missing(q3));
        }

        @Test
        void meanAveragesTheMonths() {
            Actual q3 = values().add("defects", "south", "2026-07", 2).add("defects", "south", "2026-08", 4)
                    .add("defects", "south", "2026-09", 6).actuals().of("defects", "south", period("2026-Q3"));
            assertEquals(4, value(q3), 1e-12);
        }

        @Test
        void weightedMeanWeighsEachMonthByTheWeightMeasure() {
            Actual q3 = values().add("hours_per_head", "south", "2026-07", 2)
                    .add("hours_per_head", "south", "2026-08", 4).add("headcount", "south", "2026-07", 10)
                    .add("headcount", "south", "2026-08", 30).actuals()
                    .of("hours_per_head", "south", period("2026-Q3"));
            assertEquals((2 * 10 + 4 * 30) / 40.0, value(q3), 1e-12);
        }

        @Test
        void rateSumsNumeratorsAndDenominatorsOverTheMonths() {
            Actual q3 = values().rate("completion", "south", "2026-07", 8, 10)
                    .rate("completion", "south", "2026-08", 10, 40).actuals()
                    .of("completion", "south", period("2026-Q3"));
            assertEquals(36, value(q3), 1e-12);
            assertEquals(18, q3.numerator().getAsDouble());
            assertEquals(50, q3.denominator().getAsDouble());
        }

        @Test
        void weeksAddUpToTheMonthThatHoldsTheirThursdays() {
            ScoringFixtures.Values v = values();
            for (int week = 26; week <= 32; week++) { // W26 is June's, W32 August's
                v.add("calls", "south", String.format("2026-W%02d", week), 10);
            }
            Actual july = v.actuals().of("calls", "south", period("2026-07"));
            assertEquals(50, value(july));
            assertEquals(List.of("2026-W27", "2026-W28", "2026-W29", "2026-W30", "2026-W31"), july.basis().used());
        }

        @Test
        void weeksAddUpToAQuarter() {
            ScoringFixtures.Values v = values();
            for (int week = 26; week <= 40; week++) {
                v.add("calls", "south", String.format("2026-W%02d", week), 1);
            }
            assertEquals(13, value(v.actuals().of("calls", "south", period("2026-Q3"))));
        }

        @Test
        void aFinerPeriodThanTheMeasuresGetsTheContainingPeriodsValue() {
            Actuals actuals = values().add("csat", "south", "2026-Q3", 4.2).add("hours", "south", "2026-08", 7)
                    .actuals();
            Actual august = actuals.of("csat", "south", period("2026-08"));
            assertEquals(4.2, value(august));
            assertEquals(period("2026-Q3"), august.period());
            Actual week = actuals.of("hours", "south", period("2026-W33"));
            assertEquals(7, value(week));
            assertEquals(period("2026-08"), week.period());
        }

        @Test
        void aParentsQuarterCombinesItsMonthsEachCombinedFromItsChildren() {
            Actuals actuals = values().add("hours", "north_a", "2026-07", 1).add("hours", "south", "2026-08", 2)
                    .actuals();
            Actual q3 = actuals.of("hours", "org", period("2026-Q3"));
            assertEquals(3, value(q3));
            assertEquals(Basis.Kind.PERIODS, q3.basis().kind());
            assertEquals(List.of("2026-09"), q3.basis().missing());
            assertEquals(Basis.Kind.ORG_UNITS, actuals.of("hours", "org", period("2026-07")).basis().kind());
        }
    }

    @Nested
    class FormulaMeasures {

        @Test
        void aFormulaIsComputedFromItsInputsForTheSameUnitAndPeriod() {
            Actual a = values().add("revenue", "south", "2026-07", 30000).add("headcount", "south", "2026-07", 20)
                    .actuals().of("revenue_per_head", "south", period("2026-07"));
            assertEquals(1500, value(a), 1e-9);
            assertEquals(Basis.Kind.FORMULA, a.basis().kind());
            assertEquals(Map.of("revenue", 30000.0, "headcount", 20.0), a.basis().inputs());
            assertEquals(Set.of(Source.OUTCOME), a.sources());
        }

        @Test
        void atAParentTheFormulaUsesTheRolledUpInputsNotTheChildrensResults() {
            // 40,000 / 40 = 1,000; the mean of the children's 3,000 and 333.3 would be 1,666.7
            Actual north = values().add("revenue", "north_a", "2026-07", 30000).add("headcount", "north_a", "2026-07", 10)
                    .add("revenue", "north_b", "2026-07", 10000).add("headcount", "north_b", "2026-07", 30)
                    .actuals().of("revenue_per_head", "north", period("2026-07"));
            assertEquals(1000, value(north), 1e-9);
        }

        @Test
        void formulasOfFormulas() {
            Actual a = values().add("revenue", "south", "2026-07", 30000).add("headcount", "south", "2026-07", 20)
                    .actuals().of("revenue_per_head_k", "south", period("2026-07"));
            assertEquals(1.5, value(a), 1e-12);
            assertEquals(Map.of("revenue_per_head", 1500.0), a.basis().inputs());
        }

        @Test
        void aMissingInputGivesNoValueWithTheReason() {
            Actual a = values().add("revenue", "south", "2026-07", 30000).actuals()
                    .of("revenue_per_head", "south", period("2026-07"));
            assertEquals("input headcount without a value (headcount: no value recorded for south in 2026-07)",
                    missing(a));
            assertEquals(List.of("headcount"), a.basis().missing());
            assertEquals(Map.of("revenue", 30000.0), a.basis().inputs());
        }

        @Test
        void aMissingInputDeepInAChainIsNamed() {
            Actual a = values().add("headcount", "south", "2026-07", 20).actuals()
                    .of("revenue_per_head_k", "south", period("2026-07"));
            assertTrue(missing(a).startsWith("input revenue_per_head without a value (revenue_per_head: input "
                    + "revenue without a value"), a::toString);
        }

        @Test
        void divisionByZeroGivesNoValue() {
            Actual a = values().add("revenue", "south", "2026-07", 30000).add("headcount", "south", "2026-07", 0)
                    .actuals().of("revenue_per_head", "south", period("2026-07"));
            assertEquals("division by zero in revenue / headcount", missing(a));
        }

        @Test
        void aFormulaOverACoarserPeriodCombinesItsOwnValuesByItsAggregation() {
            // revenue_per_head (mean): July 2,000, August 4,000, September without inputs → 3,000
            Actual q3 = values().add("revenue", "south", "2026-07", 2000).add("headcount", "south", "2026-07", 1)
                    .add("revenue", "south", "2026-08", 4000).add("headcount", "south", "2026-08", 1).actuals()
                    .of("revenue_per_head", "south", period("2026-Q3"));
            assertEquals(3000, value(q3), 1e-9);
            assertEquals(Basis.Kind.PERIODS, q3.basis().kind());
            assertEquals(List.of("2026-09"), q3.basis().missing());
        }

        @Test
        void aRateFormulaOverACoarserPeriodIsComputedFromTheCombinedInputs() {
            // margin: July (100 − 50)/100 = 50 %, August (300 − 270)/300 = 10 %; the quarter is (400 − 320)/400
            Actual q3 = values().add("revenue", "south", "2026-07", 100).add("cost", "south", "2026-07", 50)
                    .add("revenue", "south", "2026-08", 300).add("cost", "south", "2026-08", 270).actuals()
                    .of("margin", "south", period("2026-Q3"));
            assertEquals(20, value(q3), 1e-9);
            assertEquals(Basis.Kind.FORMULA, q3.basis().kind());
        }

        @Test
        void formulasDependingOnEachOtherDoNotLoop() {
            // The validator refuses such a scorecard; scoring an unvalidated one must still end.
            String text = Fixtures.text("scoring.yaml").replace("formula: revenue_per_head / 1000",
                    "formula: revenue_per_head_k2 / 1000").replace("measures:\n", """
                    measures:
                      - key: revenue_per_head_k2
                        name: Loop
                        unit: x
                        perspective: financial
                        direction: higher_is_better
                        timing: lagging
                        period: month
                        aggregation: mean
                        source: formula
                        formula: revenue_per_head_k * 2
                        weight: 0
                    """);
            Scorecard looping = ScorecardParser.parse(text).value().orElseThrow();
            Actual a = new Actuals(looping, List.of()).of("revenue_per_head_k", "south", period("2026-07"));
            assertTrue(missing(a).contains("depends on itself"), a::toString);
        }
    }
}
