package org.scorelink.scorecard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorelink.scorecard.control.ScoringFixtures.period;
import static org.scorelink.scorecard.control.ScoringFixtures.unit;
import static org.scorelink.scorecard.control.ScoringFixtures.values;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.scorelink.scorecard.entity.Coverage;
import org.scorelink.scorecard.entity.Direction;
import org.scorelink.scorecard.entity.ExceptionReport;
import org.scorelink.scorecard.entity.MeasureScore;
import org.scorelink.scorecard.entity.ObjectiveScore;
import org.scorelink.scorecard.entity.Perspective;
import org.scorelink.scorecard.entity.PerspectiveScore;
import org.scorelink.scorecard.entity.ScoreReport;
import org.scorelink.scorecard.entity.Scorecard;
import org.scorelink.scorecard.entity.Status;
import org.scorelink.scorecard.entity.Trend;
import org.scorelink.scorecard.entity.TrendDirection;

/** Measure scores, trends, the roll-up into objectives, perspectives and the scorecard, and exceptions. */
class ScoringTest {

    @Nested
    class Trends {

        private MeasureScore hours(double june, double july) {
            return values().add("hours", "south", "2026-06", june).add("hours", "south", "2026-07", july).scoring()
                    .measure("hours", unit("south"), period("2026-07"));
        }

        @Test
        void risingHigherIsBetterImproves() {
            Trend t = hours(10, 12).trend();
            assertEquals(TrendDirection.IMPROVING, t.direction());
            assertEquals(2, t.delta().getAsDouble(), 1e-12);
            assertEquals(10, t.previous().getAsDouble());
            assertEquals(period("2026-06"), t.previousPeriod());
        }

        @Test
        void fallingHigherIsBetterWorsens() {
            Trend t = hours(12, 10).trend();
            assertEquals(TrendDirection.WORSENING, t.direction());
            assertEquals(-2, t.delta().getAsDouble(), 1e-12);
        }

        @Test
        void risingLowerIsBetterWorsensAndFallingImproves() {
            MeasureScore up = values().add("defects", "south", "2026-06", 3).add("defects", "south", "2026-07", 4)
                    .scoring().measure("defects", unit("south"), period("2026-07"));
            assertEquals(TrendDirection.WORSENING, up.trend().direction());
            MeasureScore down = values().add("defects", "south", "2026-06", 4).add("defects", "south", "2026-07", 3)
                    .scoring().measure("defects", unit("south"), period("2026-07"));
            assertEquals(TrendDirection.IMPROVING, down.trend().direction());
        }

        @Test
        void unchangedIsFlatDespiteBinaryFractions() {
            Trend t = Scoring.trend(Direction.HIGHER_IS_BETTER, period("2026-06"), OptionalDouble.of(0.1 + 0.2),
                    OptionalDouble.of(0.3));
            assertEquals(TrendDirection.FLAT, t.direction());
            assertEquals(0, t.delta().getAsDouble());
        }

        @Test
        void withoutThePreviousValueTheTrendIsUnknown() {
            MeasureScore s = values().add("hours", "south", "2026-07", 12).scoring()
                    .measure("hours", unit("south"), period("2026-07"));
            assertEquals(TrendDirection.UNKNOWN, s.trend().direction());
            assertTrue(s.trend().delta().isEmpty());
            assertTrue(s.trend().previous().isEmpty());
        }

        @Test
        void aQuarterIsComparedWithThePreviousQuarterComputedTheSameWay() {
            MeasureScore s = values().add("hours", "south", "2026-04", 1).add("hours", "south", "2026-05", 1)
                    .add("hours", "south", "2026-07", 5).scoring().measure("hours", unit("south"), period("2026-Q3"));
            assertEquals(period("2026-Q2"), s.trend().previousPeriod());
            assertEquals(2, s.trend().previous().getAsDouble());
            assertEquals(3, s.trend().delta().getAsDouble(), 1e-12);
        }

        @Test
        void aFinerPeriodAskedIsComparedAtTheMeasuresPeriod() {
            MeasureScore s = values().add("csat", "south", "2026-Q2", 3.5).add("csat", "south", "2026-Q3", 4)
                    .scoring().measure("csat", unit("south"), period("2026-08"));
            assertTrue(s.containingPeriod());
            assertEquals(period("2026-Q3"), s.actual().period());
            assertEquals(period("2026-Q2"), s.trend().previousPeriod());
            assertEquals(TrendDirection.IMPROVING, s.trend().direction());
        }
    }

    @Nested
    class MeasureScores {

        @Test
        void aMeasureIsScoredAgainstTheTargetOfItsUnitAndPeriod() {
            // hours in north: target 5 → 10, actual 7.5 → 50
            MeasureScore s = values().add("hours", "north", "2026-07", 7.5).scoring()
                    .measure("hours", unit("north"), period("2026-07"));
            assertEquals(50, s.score().getAsDouble(), 1e-9);
            assertEquals(Status.RED, s.status().orElseThrow());
            assertEquals(Optional.of("north"), s.target().orElseThrow().orgUnit());
            assertTrue(s.unscored().isEmpty());
        }

        @Test
        void aQuarterIsScoredAgainstTheQuartersTarget() {
            // 2026-Q4 target for every unit: 20 → 40; three months of 10 → 30 → 50
            MeasureScore s = values().add("hours", "south", "2026-10", 10).add("hours", "south", "2026-11", 10)
                    .add("hours", "south", "2026-12", 10).scoring().measure("hours", unit("south"), period("2026-Q4"));
            assertEquals(30, s.actual().value().getAsDouble());
            assertEquals(50, s.score().getAsDouble(), 1e-9);
        }

        @Test
        void noValueNoScoreWithTheReason() {
            MeasureScore s = values().scoring().measure("hours", unit("south"), period("2026-07"));
            assertTrue(s.score().isEmpty());
            assertTrue(s.status().isEmpty());
            assertEquals(Optional.of("no value recorded for south in 2026-07"), s.unscored());
            assertTrue(s.target().isPresent()); // the target is shown even without a value
        }

        @Test
        void anInputWithoutTargetHasAValueButNoScore() {
            MeasureScore s = values().add("headcount", "south", "2026-07", 20).scoring()
                    .measure("headcount", unit("south"), period("2026-07"));
            assertEquals(20, s.actual().value().getAsDouble());
            assertTrue(s.score().isEmpty());
            assertEquals(Optional.of("no target applies to headcount in south for 2026-07"), s.unscored());
        }

        @Test
        void aComputedFormulaMeasureIsScored() {
            MeasureScore s = values().add("revenue", "south", "2026-07", 30000).add("headcount", "south", "2026-07", 20)
                    .scoring().measure("revenue_per_head", unit("south"), period("2026-07"));
            assertEquals(1500, s.actual().value().getAsDouble(), 1e-9);
            assertEquals(50, s.score().getAsDouble(), 1e-9);
        }
    }

    /**
     * South in July 2026: hours 15 (score 50), completion 80 % (66.7, amber by threshold), defects 3.5 (50),
     * calls and csat without data, revenue per head 1,500 (50), margin 10 % (0).
     */
    private static ScoringFixtures.Values southJuly() {
        return values().add("hours", "south", "2026-07", 15).rate("completion", "south", "2026-07", 80, 100)
                .add("defects", "south", "2026-07", 3.5).add("revenue", "south", "2026-07", 30000)
                .add("headcount", "south", "2026-07", 20).add("cost", "south", "2026-07", 27000);
    }

    private static PerspectiveScore perspective(ScoreReport r, String key) {
        return r.perspectives().stream().filter(p -> p.perspective().key().equals(key)).findFirst().orElseThrow();
    }

    private static ObjectiveScore objective(ScoreReport r, String key) {
        return r.perspectives().stream().flatMap(p -> p.objectives().stream())
                .filter(o -> o.objective().key().equals(key)).findFirst().orElseThrow();
    }

    @Nested
    class RollUp {

        @Test
        void perspectivesComeInCausalOrder() {
            ScoreReport r = values().scoring().report(unit("org"), period("2026-07"));
            assertEquals(List.of(Perspective.LEARNING_GROWTH, Perspective.INTERNAL_PROCESS, Perspective.CUSTOMER,
                    Perspective.FINANCIAL), r.perspectives().stream().map(p -> p.perspective().key()).toList());
        }

        @Test
        void anObjectivesScoreIsTheMeanOfItsMeasuresWeightedByMeasureWeight() {
            ObjectiveScore skills = objective(southJuly().scoring().report(unit("south"), period("2026-07")),
                    "skills");
            // hours 50 (weight 1), completion 66.67 (weight 2)
            assertEquals((50 + 2 * 200 / 3.0) / 3, skills.score().getAsDouble(), 1e-9);
            assertEquals(new Coverage(2, 2, List.of()), skills.coverage());
        }

        @Test
        void aMissingMeasureIsLeftOutNotCountedAsZero() {
            ScoreReport r = southJuly().scoring().report(unit("south"), period("2026-07"));
            ObjectiveScore speed = objective(r, "speed");
            assertTrue(speed.score().isEmpty());
            assertEquals(new Coverage(1, 0, List.of("calls")), speed.coverage());
            // quality 50 (weight 1) and speed without a score (weight 3): 50, not (50 + 3·0)/4
            PerspectiveScore process = perspective(r, Perspective.INTERNAL_PROCESS);
            assertEquals(50, process.score().getAsDouble(), 1e-9);
            assertEquals(new Coverage(2, 1, List.of("calls")), process.coverage());
        }

        @Test
        void aPerspectiveWithoutAnyDataHasNoScore() {
            PerspectiveScore customer = perspective(southJuly().scoring().report(unit("south"), period("2026-07")),
                    Perspective.CUSTOMER);
            assertTrue(customer.score().isEmpty());
            assertEquals(new Coverage(1, 0, List.of("csat")), customer.coverage());
        }

        @Test
        void theScorecardsScoreIsTheMeanOfThePerspectivesThatHaveOne() {
            ScoreReport r = southJuly().scoring().report(unit("south"), period("2026-07"));
            double learning = (50 + 2 * 200 / 3.0) / 3;
            double financial = (50 + 0) / 2.0; // revenue per head 50, margin 0
            assertEquals(financial, perspective(r, Perspective.FINANCIAL).score().getAsDouble(), 1e-9);
            assertEquals((learning + 50 + financial) / 3, r.score().getAsDouble(), 1e-9);
            assertEquals(new Coverage(7, 5, List.of("calls", "csat")), r.coverage());
        }

        @Test
        void nothingScoredNoScoreAnywhere() {
            ScoreReport r = values().scoring().report(unit("org"), period("2026-07"));
            assertTrue(r.score().isEmpty());
            assertEquals(0, r.coverage().scored());
            assertEquals(7, r.coverage().measures());
            r.measures().forEach(m -> assertTrue(m.actual().missing().isPresent(), m.key()));
        }

        @Test
        void inputsAreShownButNotRolledUp() {
            ScoreReport r = southJuly().scoring().report(unit("south"), period("2026-07"));
            PerspectiveScore financial = perspective(r, Perspective.FINANCIAL);
            assertEquals(List.of("headcount", "revenue", "cost", "revenue_per_head_k"),
                    financial.otherMeasures().stream().map(MeasureScore::key).toList());
            assertEquals(1.5, r.measure("revenue_per_head_k").orElseThrow().actual().value().getAsDouble(), 1e-12);
            assertEquals(new Coverage(2, 2, List.of()), financial.coverage());
        }

        @Test
        void aUnitSeesTheObjectivesOfItsAncestorsAndItselfButNotOtherUnits() {
            ScoringFixtures.Values v = southJuly().add("hours", "north", "2026-07", 10)
                    .add("hours_per_head", "north", "2026-07", 3);
            Scoring scoring = v.scoring();
            PerspectiveScore southLearning = perspective(scoring.report(unit("south"), period("2026-07")),
                    Perspective.LEARNING_GROWTH);
            assertEquals(List.of("skills"), southLearning.objectives().stream().map(o -> o.objective().key()).toList());
            assertEquals(List.of("hours_per_head"), southLearning.otherMeasures().stream().map(MeasureScore::key)
                    .toList());
            for (String unit : List.of("north", "north_a")) {
                PerspectiveScore learning = perspective(scoring.report(unit(unit), period("2026-07")),
                        Perspective.LEARNING_GROWTH);
                assertEquals(List.of("skills", "north_skills"), learning.objectives().stream()
                        .map(o -> o.objective().key()).toList(), unit);
            }
            // north: hours 10 against north's 5 → 10 scores 100, hours per head 3 against 1 → 3 scores 100
            ObjectiveScore northSkills = objective(scoring.report(unit("north"), period("2026-07")), "north_skills");
            assertEquals(100, northSkills.score().getAsDouble(), 1e-9);
        }

        @Test
        void aParentIsScoredOnItsRolledUpValues() {
            ScoreReport org = southJuly().add("hours", "north_a", "2026-07", 5).scoring()
                    .report(unit("org"), period("2026-07"));
            MeasureScore hours = org.measure("hours").orElseThrow();
            assertEquals(20, hours.actual().value().getAsDouble()); // 15 + 5
            assertEquals(100, hours.score().getAsDouble(), 1e-9);
        }

        @Test
        void aScorecardWithoutOrgUnitsListsItsMeasuresWithoutValues() {
            Scorecard noUnits = ScorecardParser.read(Fixtures.text("scoring.yaml")
                    .replaceAll("(?s)orgUnits:.*?objectives:", "objectives:")
                    .replace(", orgUnit: north}", "}")
                    .replaceAll("  - \\{measure: hours, orgUnit: north.*\n", "")).orElseThrow();
            assertEquals(List.of(Optional.empty()), Scoring.defaultOrgUnits(noUnits));
            Scoring scoring = new Scoring(noUnits, List.of());
            ScoreReport r = scoring.report(Optional.empty(), period("2026-07"));
            assertTrue(r.orgUnit().isEmpty());
            assertEquals(Optional.of("the scorecard has no org units to record values for"),
                    r.measure("hours").orElseThrow().unscored());
        }

        @Test
        void withoutAnOrgUnitTheRootsAreReported() {
            assertEquals(List.of(unit("org")), Scoring.defaultOrgUnits(ScoringFixtures.CARD));
        }
    }

    @Nested
    class Exceptions {

        private final ExceptionReport report = southJuly().scoring().exceptions(unit("south"), period("2026-07"));

        @Test
        void offTargetMeasuresRedFirstThenByScore() {
            assertEquals(List.of("margin", "hours", "defects", "revenue_per_head", "completion"),
                    report.offTarget().stream().map(MeasureScore::key).toList());
            assertEquals(Status.AMBER, report.offTarget().get(4).status().orElseThrow());
        }

        @Test
        void measuresWithoutDataInThePeriod() {
            assertEquals(List.of("hours_per_head", "calls", "csat"),
                    report.noData().stream().map(MeasureScore::key).toList());
            report.noData().forEach(m -> assertTrue(m.actual().missing().isPresent()));
        }

        @Test
        void redMeasuresThatNoInitiativeIsMeantToMove() {
            // hours is red too, but the academy initiative is meant to move it
            assertEquals(List.of("defects", "revenue_per_head", "margin"),
                    report.redWithoutInitiative().stream().map(MeasureScore::key).toList());
        }

        @Test
        void linksWhoseDownstreamMeasureHasNoData() {
            assertEquals(List.of("defects → csat", "calls → csat"),
                    report.linksWithoutData().stream().map(g -> g.link().label()).toList());
        }

        @Test
        void greenMeasuresAreNoException() {
            ExceptionReport r = values().add("hours", "south", "2026-07", 20).scoring()
                    .exceptions(unit("south"), period("2026-07"));
            assertFalse(r.offTarget().stream().anyMatch(m -> m.key().equals("hours")));
            assertFalse(r.noData().stream().anyMatch(m -> m.key().equals("hours")));
        }
    }
}
