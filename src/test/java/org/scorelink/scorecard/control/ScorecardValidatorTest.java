package org.scorelink.scorecard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorelink.scorecard.control.Fixtures.assertAt;
import static org.scorelink.scorecard.control.Fixtures.assertProblem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.scorelink.scorecard.entity.Aggregation;
import org.scorelink.scorecard.entity.CausalLink;
import org.scorelink.scorecard.entity.Cost;
import org.scorelink.scorecard.entity.Direction;
import org.scorelink.scorecard.entity.Initiative;
import org.scorelink.scorecard.entity.LagUnit;
import org.scorelink.scorecard.entity.LinkKind;
import org.scorelink.scorecard.entity.Measure;
import org.scorelink.scorecard.entity.Objective;
import org.scorelink.scorecard.entity.OrgUnit;
import org.scorelink.scorecard.entity.Period;
import org.scorelink.scorecard.entity.Perspective;
import org.scorelink.scorecard.entity.ReportingPeriod;
import org.scorelink.scorecard.entity.Rollout;
import org.scorelink.scorecard.entity.Scorecard;
import org.scorelink.scorecard.entity.ScoringRule;
import org.scorelink.scorecard.entity.Sign;
import org.scorelink.scorecard.entity.Source;
import org.scorelink.scorecard.entity.Target;
import org.scorelink.scorecard.entity.Timing;

/**
 * One test per rule, each on minimal.yaml (measures hours, output, revenue in learning_growth, internal_process,
 * financial; org units org > sales > emea) changed in one place.
 */
class ScorecardValidatorTest {

    private static final Scorecard BASE = Fixtures.minimal();

    private static List<Problem> validate(Scorecard sc) {
        return ScorecardValidator.validate(sc);
    }

    private static Measure measure(String key, String perspective, Direction direction) {
        return new Measure(key, key, Optional.empty(), "u", perspective, List.of(), direction, Timing.LAGGING,
                Period.MONTH, Aggregation.SUM, Optional.empty(), Source.OUTCOME, Optional.empty(), 0);
    }

    private static Measure formula(String key, String formula) {
        return new Measure(key, key, Optional.empty(), "u", Perspective.FINANCIAL, List.of(),
                Direction.HIGHER_IS_BETTER, Timing.LAGGING, Period.MONTH, Aggregation.MEAN, Optional.empty(),
                Source.FORMULA, Optional.of(formula), 0);
    }

    private static Target target(String measure, double baseline, double target) {
        return new Target(measure, Optional.empty(), Optional.empty(), baseline, target, ScoringRule.DEFAULT);
    }

    private static Target target(String measure, ScoringRule rule) {
        return new Target(measure, Optional.of("sales"), Optional.empty(), 1, 2, rule);
    }

    private static CausalLink link(String from, String to) {
        return new CausalLink(from, to, Sign.POSITIVE, 0, 0, LagUnit.MONTHS, Optional.empty(), Optional.empty(),
                LinkKind.EMPIRICAL);
    }

    private static Initiative initiative(List<String> activities, List<String> measures, List<Rollout> rollout,
                                         Optional<Cost> cost) {
        return new Initiative("academy", "Academy", Optional.empty(), cost, activities, measures, rollout);
    }

    private static Measure hours() {
        return BASE.measure("hours").orElseThrow();
    }

    private static Measure copy(Measure m, Optional<String> weightMeasure, Aggregation aggregation) {
        return new Measure(m.key(), m.name(), m.description(), m.unit(), m.perspective(), m.objectives(),
                m.direction(), m.timing(), m.period(), aggregation, weightMeasure, m.source(), m.formula(), m.weight());
    }

    @Test
    void baseIsValid() {
        assertEquals(List.of(), validate(BASE));
    }

    // ---- keys

    @Test
    void duplicateKeys() {
        Scorecard sc = new Scorecard(BASE.name(), BASE.perspectives(), BASE.orgUnits(), BASE.objectives(),
                concat(BASE.measures(), hours()), BASE.targets(), BASE.links(), BASE.initiatives());
        assertProblem(validate(sc), Severity.ERROR, "measures[3].key", "duplicate measure key 'hours' (first at "
                + "measures[0])");
        Scorecard units = BASE.withOrgUnit(new OrgUnit("Sales Team", "x", Optional.empty()));
        assertProblem(validate(units), Severity.ERROR, "orgUnits[3].key", "'Sales Team' is not a valid key");
    }

    // ---- perspectives

    @Test
    void standardPerspectivesKeepTheirRank() {
        Scorecard sc = new Scorecard("x", List.of(new Perspective("customer", "C", 7, 1)), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
        assertProblem(validate(sc), Severity.ERROR, "perspectives[0].rank", "has rank 3");
    }

    @Test
    void perspectiveRanksDiffer() {
        Scorecard sc = new Scorecard("x", List.of(new Perspective("partners", "P", 2, 1)), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
        assertProblem(validate(sc), Severity.ERROR, "perspectives[2].rank",
                "perspectives 'partners' and 'internal_process' both have rank 2");
    }

    @Test
    void negativeWeight() {
        Scorecard sc = BASE.withObjective(new Objective("skills", "S", "learning_growth", "o", Optional.empty(),
                Optional.empty(), Optional.empty(), -1));
        assertProblem(validate(sc), Severity.ERROR, "objectives[0].weight", "at least 0");
    }

    // ---- org units

    @Test
    void unknownParentOrgUnit() {
        Scorecard sc = BASE.withOrgUnit(new OrgUnit("ops", "Ops", Optional.of("orgg")));
        assertProblem(validate(sc), Severity.ERROR, "orgUnits[3].parent", "unknown org unit 'orgg'; did you mean "
                + "'org'?");
    }

    @Test
    void orgUnitCycleIsNamed() {
        Scorecard sc = BASE.withOrgUnit(new OrgUnit("org", "Org", Optional.of("emea")));
        assertProblem(validate(sc), Severity.ERROR, "orgUnits[1].parent",
                "org units form a cycle through their parents: org → emea → sales → org");
    }

    // ---- objectives

    @Test
    void objectiveReferences() {
        Scorecard sc = BASE.withObjective(new Objective("team", "T", "learning_grwoth", "o", Optional.of("skils"),
                Optional.of("nowhere"), Optional.empty(), 1));
        List<Problem> problems = validate(sc);
        assertProblem(problems, Severity.ERROR, "objectives[3].perspective",
                "unknown perspective 'learning_grwoth'; did you mean 'learning_growth'?");
        assertProblem(problems, Severity.ERROR, "objectives[3].parent", "unknown objective 'skils'");
        assertProblem(problems, Severity.ERROR, "objectives[3].orgUnit", "unknown org unit 'nowhere'");
    }

    @Test
    void objectiveParentCycleIsNamed() {
        Scorecard sc = BASE
                .withObjective(new Objective("skills", "S", "learning_growth", "o", Optional.of("team"),
                        Optional.empty(), Optional.empty(), 1))
                .withObjective(new Objective("team", "T", "learning_growth", "o", Optional.of("skills"),
                        Optional.empty(), Optional.empty(), 1));
        assertProblem(validate(sc), Severity.ERROR, "objectives[3].parent",
                "objectives form a cycle through their parents: skills → team → skills");
    }

    @Test
    void cascadingAcrossPerspectivesOrUpTheTreeIsAWarning() {
        Scorecard sc = BASE
                .withObjective(new Objective("process", "P", "internal_process", "o", Optional.empty(),
                        Optional.of("emea"), Optional.empty(), 1))
                .withObjective(new Objective("team", "T", "learning_growth", "o", Optional.of("process"),
                        Optional.of("sales"), Optional.empty(), 1));
        List<Problem> problems = validate(sc);
        assertProblem(problems, Severity.WARNING, "objectives[3].parent",
                "cascades from 'process' in perspective 'internal_process' but is in 'learning_growth'");
        assertProblem(problems, Severity.WARNING, "objectives[3].parent",
                "cascades from 'process' of org unit 'emea', which is not 'sales' or one of its ancestors");
        assertTrue(problems.stream().noneMatch(Problem::isError), problems.toString());
    }

    // ---- measures

    @Test
    void measureReferences() {
        Measure m = new Measure("extra", "E", Optional.empty(), "u", "custumer", List.of("skils"),
                Direction.HIGHER_IS_BETTER, Timing.LAGGING, Period.MONTH, Aggregation.SUM, Optional.empty(),
                Source.OUTCOME, Optional.empty(), 0);
        List<Problem> problems = validate(BASE.withMeasure(m));
        assertProblem(problems, Severity.ERROR, "measures[3].perspective", "did you mean 'customer'?");
        assertProblem(problems, Severity.ERROR, "measures[3].objectives[0]", "unknown objective 'skils'");
    }

    @Test
    void objectiveInAnotherPerspective() {
        Measure m = new Measure("extra", "E", Optional.empty(), "u", "customer", List.of("money"),
                Direction.HIGHER_IS_BETTER, Timing.LAGGING, Period.MONTH, Aggregation.SUM, Optional.empty(),
                Source.OUTCOME, Optional.empty(), 0);
        assertProblem(validate(BASE.withMeasure(m)), Severity.ERROR, "measures[3].objectives[0]",
                "objective 'money' is in perspective 'financial' but measure 'extra' is in 'customer'");
    }

    @Test
    void scoredMeasureWithoutObjectiveIsAWarning() {
        Measure m = hours();
        Measure orphan = new Measure(m.key(), m.name(), m.description(), m.unit(), m.perspective(), List.of(),
                m.direction(), m.timing(), m.period(), m.aggregation(), m.weightMeasure(), m.source(), m.formula(), 1);
        assertProblem(validate(BASE.withMeasure(orphan)), Severity.WARNING, "measures[0].objectives",
                "serves no objective");
    }

    @Test
    void measureWithoutTarget() {
        Scorecard sc = BASE.withoutTarget("hours", Optional.empty(), Optional.empty());
        assertProblem(validate(sc), Severity.ERROR, "measures[0]", "measure 'hours' has no target");
        Measure input = measure("headcount", Perspective.FINANCIAL, Direction.HIGHER_IS_BETTER);
        assertEquals(List.of(), validate(BASE.withMeasure(input)), "an input (weight 0) needs no target");
    }

    @Test
    void weightedMeanNeedsAWeightMeasure() {
        assertProblem(validate(BASE.withMeasure(copy(hours(), Optional.empty(), Aggregation.WEIGHTED_MEAN))),
                Severity.ERROR, "measures[0].weightMeasure", "aggregation weighted_mean needs weightMeasure");
        assertProblem(validate(BASE.withMeasure(copy(hours(), Optional.of("nobody"), Aggregation.WEIGHTED_MEAN))),
                Severity.ERROR, "measures[0].weightMeasure", "unknown measure 'nobody'");
        assertProblem(validate(BASE.withMeasure(copy(hours(), Optional.of("hours"), Aggregation.WEIGHTED_MEAN))),
                Severity.ERROR, "measures[0].weightMeasure", "cannot weigh itself");
        assertProblem(validate(BASE.withMeasure(copy(hours(), Optional.of("output"), Aggregation.SUM))),
                Severity.ERROR, "measures[0].weightMeasure", "only aggregation weighted_mean uses weightMeasure");
        assertEquals(List.of(),
                validate(BASE.withMeasure(copy(hours(), Optional.of("output"), Aggregation.WEIGHTED_MEAN))));
    }

    // ---- formulas

    @Test
    void formulaSourceNeedsAFormulaAndOnlyItTakesOne() {
        Measure m = formula("ratio", "revenue / output");
        Measure without = new Measure("ratio", "r", Optional.empty(), "u", "financial", List.of(),
                Direction.HIGHER_IS_BETTER, Timing.LAGGING, Period.MONTH, Aggregation.MEAN, Optional.empty(),
                Source.FORMULA, Optional.empty(), 0);
        assertProblem(validate(BASE.withMeasure(without)), Severity.ERROR, "measures[3].formula",
                "source formula needs a formula");
        Measure outcome = new Measure("ratio", "r", Optional.empty(), "u", "financial", List.of(),
                Direction.HIGHER_IS_BETTER, Timing.LAGGING, Period.MONTH, Aggregation.MEAN, Optional.empty(),
                Source.OUTCOME, m.formula(), 0);
        assertProblem(validate(BASE.withMeasure(outcome)), Severity.ERROR, "measures[3].formula",
                "only source formula takes a formula; this measure's source is outcome");
        assertEquals(List.of(), validate(BASE.withMeasure(m)));
    }

    @Test
    void formulaSyntaxError() {
        assertProblem(validate(BASE.withMeasure(formula("ratio", "revenue / (output"))), Severity.ERROR,
                "measures[3].formula", "not a valid formula");
    }

    @Test
    void formulaReferencingAMissingMeasure() {
        assertProblem(validate(BASE.withMeasure(formula("ratio", "revenue / headcount"))), Severity.ERROR,
                "measures[3].formula", "unknown measure 'headcount'");
    }

    @Test
    void formulaCycleIsNamed() {
        Scorecard sc = BASE.withMeasure(formula("a", "b + revenue")).withMeasure(formula("b", "a * 2"));
        assertProblem(validate(sc), Severity.ERROR, "measures[4].formula", "formulas form a cycle: a → b → a");
        assertProblem(validate(BASE.withMeasure(formula("a", "a + 1"))), Severity.ERROR, "measures[3].formula",
                "formulas form a cycle: a → a");
    }

    @Test
    void constantFormulaIsAWarning() {
        assertProblem(validate(BASE.withMeasure(formula("a", "42"))), Severity.WARNING, "measures[3].formula",
                "references no measure");
    }

    // ---- targets

    @Test
    void targetReferences() {
        Target t = new Target("hour", Optional.of("europe"), Optional.empty(), 1, 2, ScoringRule.DEFAULT);
        List<Problem> problems = validate(BASE.withTarget(t));
        assertProblem(problems, Severity.ERROR, "targets[3].measure", "unknown measure 'hour'; did you mean 'hours'?");
        assertProblem(problems, Severity.ERROR, "targets[3].orgUnit", "unknown org unit 'europe'");
    }

    @Test
    void targetEqualToBaselineHasNoDirection() {
        assertProblem(validate(BASE.withTarget(target("hours", 2, 2))), Severity.ERROR, "targets[0].target",
                "equals the baseline (2)");
    }

    @Test
    void targetAgainstTheMeasuresDirection() {
        assertProblem(validate(BASE.withTarget(target("hours", 5, 3))), Severity.ERROR, "targets[0].target",
                "measure 'hours' is higher_is_better but the target 3 is below the baseline 5");
        Measure cost = new Measure("cost", "C", Optional.empty(), "EUR", "financial", List.of("money"),
                Direction.LOWER_IS_BETTER, Timing.LAGGING, Period.MONTH, Aggregation.SUM, Optional.empty(),
                Source.OUTCOME, Optional.empty(), 1);
        Scorecard sc = BASE.withMeasure(cost).withTarget(target("cost", 100, 120.5));
        assertProblem(validate(sc), Severity.ERROR, "targets[3].target",
                "measure 'cost' is lower_is_better but the target 120.5 is above the baseline 100");
        assertEquals(List.of(), validate(BASE.withMeasure(cost).withTarget(target("cost", 100, 80))));
    }

    @Test
    void duplicateTargetScope() {
        Scorecard sc = new Scorecard(BASE.name(), BASE.perspectives(), BASE.orgUnits(), BASE.objectives(),
                BASE.measures(), concat(BASE.targets(), target("hours", 3, 4)), BASE.links(), BASE.initiatives());
        assertProblem(validate(sc), Severity.ERROR, "targets[3]", "a second target for measure 'hours' (the first "
                + "is targets[0])");
        Target specific = new Target("hours", Optional.of("sales"), Optional.of(ReportingPeriod.parse("2026-Q4")
                .orElseThrow()), 1, 3, ScoringRule.DEFAULT);
        assertEquals(List.of(), validate(BASE.withTarget(specific)), "other scopes are not duplicates");
    }

    @Test
    void targetFinerThanTheMeasuresPeriodIsAWarning() {
        Target weekly = new Target("hours", Optional.empty(), ReportingPeriod.parse("2026-W03"), 1, 3,
                ScoringRule.DEFAULT);
        assertProblem(validate(BASE.withTarget(weekly)), Severity.WARNING, "targets[3].period",
                "scored by month; a target for the week 2026-W03 is never used");
    }

    @Test
    void scoringRules() {
        assertProblem(validate(BASE.withTarget(target("hours", new ScoringRule(90, 80, OptionalDouble.empty(),
                OptionalDouble.empty(), 100)))), Severity.ERROR, "targets[3].rule.amberFrom",
                "amberFrom 90 is above greenFrom 80");
        assertProblem(validate(BASE.withTarget(target("hours", new ScoringRule(70, 100, OptionalDouble.empty(),
                OptionalDouble.empty(), 90)))), Severity.ERROR, "targets[3].rule.cap", "green could never be reached");
        assertProblem(validate(BASE.withTarget(target("hours", new ScoringRule(70, 100, OptionalDouble.of(2),
                OptionalDouble.empty(), 100)))), Severity.ERROR, "targets[3].rule.amber", "come in pairs");
        assertProblem(validate(BASE.withTarget(target("hours", new ScoringRule(70, 100, OptionalDouble.of(1),
                OptionalDouble.of(2), 100)))), Severity.ERROR, "targets[3].rule.green",
                "green (1) must be at least amber (2)");
        assertEquals(List.of(), validate(BASE.withTarget(target("hours", new ScoringRule(70, 100,
                OptionalDouble.of(2), OptionalDouble.of(1.5), 100)))));
    }

    // ---- links

    @Test
    void linkReferences() {
        List<Problem> problems = validate(BASE.withLink(link("hourz", "outptu")));
        assertProblem(problems, Severity.ERROR, "links[2].from", "unknown measure 'hourz'; did you mean 'hours'?");
        assertProblem(problems, Severity.ERROR, "links[2].to", "unknown measure 'outptu'; did you mean 'output'?");
    }

    @Test
    void linkCycleIsNamed() {
        Problem p = assertProblem(validate(BASE.withLink(link("revenue", "hours"))), Severity.ERROR, "links[2]",
                "causal links form a cycle: hours → output → revenue → hours");
        assertTrue(p.location().isEmpty(), "a model built in code has no locations");
        assertProblem(validate(BASE.withLink(link("hours", "hours"))), Severity.ERROR, "links[2]",
                "a measure cannot cause itself");
    }

    @Test
    void duplicateLink() {
        Scorecard sc = new Scorecard(BASE.name(), BASE.perspectives(), BASE.orgUnits(), BASE.objectives(),
                BASE.measures(), BASE.targets(), concat(BASE.links(), link("hours", "output")), BASE.initiatives());
        assertProblem(validate(sc), Severity.ERROR, "links[2]", "a second link hours → output (the first is "
                + "links[0])");
    }

    @Test
    void backwardEmpiricalLinkIsAWarningLogicalOneIsFine() {
        Scorecard sc = BASE.withoutLink("output", "revenue").withLink(link("revenue", "output"));
        assertProblem(validate(sc), Severity.WARNING, "links[1]",
                "link revenue → output runs backwards, from perspective 'financial' to the earlier "
                        + "'internal_process'");
        CausalLink logical = new CausalLink("revenue", "output", Sign.POSITIVE, 0, 0, LagUnit.MONTHS,
                Optional.of("by definition"), Optional.empty(), LinkKind.LOGICAL);
        assertEquals(List.of(), validate(BASE.withoutLink("output", "revenue").withLink(logical)));
    }

    @Test
    void logicalLinkWithoutRationaleIsAWarning() {
        CausalLink logical = new CausalLink("output", "revenue", Sign.POSITIVE, 0, 0, LagUnit.MONTHS,
                Optional.empty(), Optional.empty(), LinkKind.LOGICAL);
        assertProblem(validate(BASE.withLink(logical)), Severity.WARNING, "links[1].rationale", "should say why");
    }

    @Test
    void lagRange() {
        CausalLink l = new CausalLink("output", "revenue", Sign.POSITIVE, 3, 1, LagUnit.WEEKS, Optional.empty(),
                Optional.empty(), LinkKind.EMPIRICAL);
        assertProblem(validate(BASE.withLink(l)), Severity.ERROR, "links[1].lagMax", "lagMax 1 is below lagMin 3");
        CausalLink negative = new CausalLink("output", "revenue", Sign.POSITIVE, -1, 1, LagUnit.WEEKS,
                Optional.empty(), Optional.empty(), LinkKind.EMPIRICAL);
        assertProblem(validate(BASE.withLink(negative)), Severity.ERROR, "links[1].lagMin", "must not be negative");
    }

    // ---- initiatives

    @Test
    void initiativeReferencesAndValues() {
        Initiative i = initiative(List.of("https://example.com/ok", "course-1", "http://exa mple.com/x"),
                List.of("hours", "profit"), List.of(new Rollout("saels", LocalDate.of(2026, 1, 1))),
                Optional.of(new Cost(new BigDecimal("-5"), "euro")));
        List<Problem> problems = validate(BASE.withInitiative(i));
        assertProblem(problems, Severity.ERROR, "initiatives[0].activities[1]", "'course-1' is not an absolute IRI");
        assertProblem(problems, Severity.ERROR, "initiatives[0].activities[2]", "is not an absolute IRI");
        assertProblem(problems, Severity.ERROR, "initiatives[0].measures[1]", "unknown measure 'profit'");
        assertProblem(problems, Severity.ERROR, "initiatives[0].rollout[0].orgUnit",
                "unknown org unit 'saels'; did you mean 'sales'?");
        assertProblem(problems, Severity.ERROR, "initiatives[0].cost.amount", "must not be negative");
        assertProblem(problems, Severity.ERROR, "initiatives[0].cost.currency", "not an ISO 4217 currency code");
        assertEquals(6, problems.size(), problems.toString());
    }

    @Test
    void initiativeMovingNothingIsAWarning() {
        assertProblem(validate(BASE.withInitiative(initiative(List.of(), List.of(), List.of(), Optional.empty()))),
                Severity.WARNING, "initiatives[0].measures", "meant to move no measure");
    }

    // ---- locations

    @Test
    void problemsFromTextCarryTheLocationOfTheirField() {
        String yaml = Fixtures.text("minimal.yaml").replace("{from: output, to: revenue}",
                "{from: output, to: revenue}\n  - {from: revenue, to: hours, lagMin: 2, lagMax: 1}");
        List<Problem> problems = ScorecardParser.read(yaml).problems();
        assertAt(assertProblem(problems, Severity.ERROR, "links[2].lagMax", "below lagMin"), 48, 51);
        assertAt(assertProblem(problems, Severity.ERROR, "links[2]", "cycle"), 48, 5);
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T> list, T... more) {
        List<T> result = new java.util.ArrayList<>(list);
        result.addAll(List.of(more));
        return result;
    }
}
