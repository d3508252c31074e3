package org.scorelink.scorecard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorelink.scorecard.control.Fixtures.assertAt;
import static org.scorelink.scorecard.control.Fixtures.assertProblem;
import static org.scorelink.scorecard.control.Fixtures.text;

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

class ScorecardParserTest {

    /** A valid scorecard line by line, so that tests can point at exact places. */
    private static final String SMALL = """
            name: Small
            objectives:
              - key: skills
                name: Skills
                perspective: learning_growth
                owner: L&D
            measures:
              - key: hours
                name: Hours
                unit: h
                perspective: learning_growth
                objectives: [skills]
                direction: higher_is_better
                timing: leading
                period: month
                aggregation: sum
                source: learning
            targets:
              - measure: hours
                baseline: 1
                target: 2
            """;

    private static List<Problem> problems(String yaml) {
        return ScorecardParser.read(yaml).problems();
    }

    // ---- good files

    @Test
    void readsEveryFieldOfAMeasure() {
        Scorecard sc = Fixtures.minimal();
        Measure hours = sc.measure("hours").orElseThrow();
        assertEquals(new Measure("hours", "Hours", Optional.empty(), "h", "learning_growth", List.of("skills"),
                Direction.HIGHER_IS_BETTER, Timing.LEADING, Period.MONTH, Aggregation.SUM, Optional.empty(),
                Source.LEARNING, Optional.empty(), 1), hours);
        assertEquals(List.of("hours", "output", "revenue"), sc.measures().stream().map(Measure::key).toList());
    }

    @Test
    void fillsDefaults() {
        Scorecard sc = Fixtures.minimal();
        assertEquals(new CausalLink("output", "revenue", Sign.POSITIVE, 0, 0, LagUnit.MONTHS, Optional.empty(),
                Optional.empty(), LinkKind.EMPIRICAL), sc.link("output", "revenue").orElseThrow());
        assertEquals(1, sc.link("hours", "output").orElseThrow().lagMin());
        assertEquals(2, sc.link("hours", "output").orElseThrow().lagMax());
        assertEquals(ScoringRule.DEFAULT, sc.targets().get(0).rule());
        assertEquals(Perspective.STANDARD, sc.perspectiveOrder(), "the standard perspectives are always there");
        assertEquals(1, sc.objective("skills").orElseThrow().weight());
    }

    @Test
    void lagMaxDefaultsToLagMin() {
        Scorecard sc = ScorecardParser.parse(SMALL + """
                links:
                  - {from: hours, to: hours, lagMin: 3}
                """).orElseThrow();
        assertEquals(3, sc.links().get(0).lagMax());
    }

    @Test
    void readsTargetsInitiativesAndRules() {
        Scorecard sc = ScorecardParser.parse("""
                name: X
                targets:
                  - measure: m
                    orgUnit: sales
                    period: 2026-W05
                    baseline: 10
                    target: 7.5
                    rule: {amberFrom: 60, greenFrom: 90, green: 8, amber: 9, cap: 120}
                initiatives:
                  - key: academy
                    name: Academy
                    owner: Ann
                    cost: {amount: 1200.50, currency: EUR}
                    activities: [https://example.com/a]
                    measures: [m]
                    rollout:
                      - {orgUnit: sales, from: 2026-02-01}
                """).orElseThrow();
        assertEquals(new Target("m", Optional.of("sales"), Optional.of(new ReportingPeriod(2026, Period.WEEK, 5)),
                10, 7.5, new ScoringRule(60, 90, OptionalDouble.of(8), OptionalDouble.of(9), 120)),
                sc.targets().get(0));
        assertEquals(new Initiative("academy", "Academy", Optional.of("Ann"),
                Optional.of(new Cost(new BigDecimal("1200.50"), "EUR")), List.of("https://example.com/a"),
                List.of("m"), List.of(new Rollout("sales", LocalDate.of(2026, 2, 1)))), sc.initiatives().get(0));
    }

    @Test
    void jsonTextGivesTheSameModelAsYaml() {
        Parsed<Scorecard> json = ScorecardParser.read(text("minimal.json"));
        assertEquals(List.of(), json.problems(), "tab-indented JSON is read as YAML flow style");
        assertEquals(Fixtures.minimal(), json.orElseThrow());
    }

    @Test
    void standardPerspectivesMayBeRenamedAndCustomOnesRanked() {
        Scorecard sc = ScorecardParser.parse("""
                name: X
                perspectives:
                  - {key: financial, name: Money}
                  - {key: partners, name: Partners, rank: 2.5, weight: 0.5}
                """).orElseThrow();
        assertEquals(List.of("learning_growth", "internal_process", "partners", "customer", "financial"),
                sc.perspectiveOrder().stream().map(Perspective::key).toList());
        assertEquals("Money", sc.perspective("financial").orElseThrow().name());
        assertEquals(4, sc.perspective("financial").orElseThrow().rank());
        assertEquals(0.5, sc.perspective("partners").orElseThrow().weight());
    }

    @Test
    void enumValuesAreCaseInsensitive() {
        Scorecard sc = ScorecardParser.parse(SMALL.replace("period: month", "period: MONTH")).orElseThrow();
        assertEquals(Period.MONTH, sc.measures().get(0).period());
    }

    @Test
    void nullMeansAbsent() {
        Scorecard sc = ScorecardParser.parse("name: X\norgUnits:\n  - {key: org, name: Org, parent: ~}\n")
                .orElseThrow();
        assertEquals(Optional.empty(), sc.orgUnits().get(0).parent());
    }

    // ---- syntax

    @Test
    void yamlSyntaxErrorHasItsLocation() {
        Problem p = assertProblem(problems("name: X\nmeasures:\n  - key: a\n   name: b\n"), Severity.ERROR, "",
                "not valid YAML or JSON");
        assertAt(p, 4, 4);
    }

    @Test
    void jsonSyntaxErrorHasItsLocation() {
        Problem p = assertProblem(problems("{\"name\": \"X\",\n \"measures\": [}\n"), Severity.ERROR, "",
                "not valid YAML or JSON");
        assertAt(p, 2, 15);
    }

    @Test
    void emptyDocumentIsAnError() {
        assertProblem(problems("# nothing\n"), Severity.ERROR, "", "the document is empty");
    }

    @Test
    void documentMustBeAMapping() {
        Problem p = assertProblem(problems("- a\n- b\n"), Severity.ERROR, "", "must be a mapping");
        assertAt(p, 1, 1);
    }

    // ---- types

    @Test
    void stringWhereNumberExpected() {
        Problem p = assertProblem(problems(SMALL.replace("baseline: 1", "baseline: \"1\"")), Severity.ERROR,
                "targets[0].baseline", "must be a number, not the string '1'");
        assertAt(p, 20, 15);
    }

    @Test
    void numberWhereStringExpected() {
        Problem p = assertProblem(problems(SMALL.replace("unit: h", "unit: 12")), Severity.ERROR,
                "measures[0].unit", "must be a string, not the number 12 (quote it: \"12\")");
        assertAt(p, 10, 11);
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() {
        Problem p = assertProblem(problems(SMALL.replace("period: month", "period: monthly")), Severity.ERROR,
                "measures[0].period", "unknown value 'monthly'; allowed: week, month, quarter; did you mean 'month'?");
        assertAt(p, 15, 13);
    }

    @Test
    void enumMustBeAString() {
        assertProblem(problems(SMALL.replace("direction: higher_is_better", "direction: [up]")), Severity.ERROR,
                "measures[0].direction", "must be one of higher_is_better, lower_is_better, not a list");
    }

    @Test
    void listExpected() {
        assertProblem(problems(SMALL.replace("objectives: [skills]", "objectives: skills")), Severity.ERROR,
                "measures[0].objectives", "must be a list, not the string 'skills'");
    }

    @Test
    void mappingExpected() {
        assertProblem(problems(SMALL.replace("  - measure: hours\n    baseline: 1\n    target: 2\n", "  - hours\n")),
                Severity.ERROR, "targets[0]", "must be a mapping");
    }

    @Test
    void lagsAreWholeNumbers() {
        assertProblem(problems(SMALL + "links:\n  - {from: hours, to: hours, lagMin: 1.5}\n"), Severity.ERROR,
                "links[0].lagMin", "must be a whole number");
        Scorecard sc = ScorecardParser.parse(SMALL + "links:\n  - {from: hours, to: hours, lagMin: 2.0}\n")
                .orElseThrow();
        assertEquals(2, sc.links().get(0).lagMin(), "2.0 is a whole number (JSON does not tell them apart)");
    }

    @Test
    void numbersMustBeFinite() {
        assertProblem(problems(SMALL.replace("target: 2", "target: .inf")), Severity.ERROR, "targets[0].target",
                "must be a finite number");
    }

    @Test
    void periodsAndDatesAreChecked() {
        assertProblem(problems(SMALL.replace("target: 2", "target: 2\n    period: 2026-13")), Severity.ERROR,
                "targets[0].period", "not a period: '2026-13'");
        assertProblem(problems(SMALL.replace("target: 2", "target: 2\n    period: 2025-W53")), Severity.ERROR,
                "targets[0].period", "not a period: '2025-W53'");
        assertProblem(problems("""
                name: X
                initiatives:
                  - {key: a, name: A, rollout: [{orgUnit: org, from: 2026-02-30}]}
                """), Severity.ERROR, "initiatives[0].rollout[0].from", "not a date: '2026-02-30'");
    }

    @Test
    void emptyRequiredStringIsAnError() {
        assertProblem(problems(SMALL.replace("name: Hours", "name: \"\"")), Severity.ERROR, "measures[0].name",
                "must not be empty");
    }

    // ---- properties

    @Test
    void missingRequiredPropertyPointsAtItsMapping() {
        Problem p = assertProblem(problems(SMALL.replace("    unit: h\n", "")), Severity.ERROR, "measures[0].unit",
                "missing required property 'unit'");
        assertAt(p, 8, 5);
    }

    @Test
    void missingRequiredEnumListsTheValues() {
        assertProblem(problems(SMALL.replace("    source: learning\n", "")), Severity.ERROR, "measures[0].source",
                "missing required property 'source' (one of learning, outcome, formula, manual)");
    }

    @Test
    void customPerspectiveNeedsARank() {
        assertProblem(problems("name: X\nperspectives:\n  - {key: partners, name: Partners}\n"), Severity.ERROR,
                "perspectives[0].rank", "missing required property 'rank'");
    }

    @Test
    void unknownPropertySuggestsTheClosestName() {
        Problem p = assertProblem(problems(SMALL.replace("source: learning", "source: learning\n    formual: a")),
                Severity.ERROR, "measures[0].formual", "unknown property 'formual'; did you mean 'formula'?");
        assertAt(p, 18, 5);
        assertProblem(problems(SMALL.replace("target: 2", "target: 2\n    lag_min: 1")), Severity.ERROR,
                "targets[0].lag_min", "unknown property 'lag_min' (known: measure, orgUnit, period, baseline, "
                        + "target, rule)");
        assertProblem(problems(SMALL.replace("aggregation: sum", "aggregation: sum\n    weight_measure: x")),
                Severity.ERROR, "measures[0].weight_measure", "did you mean 'weightMeasure'?");
    }

    @Test
    void repeatedPropertyIsAnError() {
        Problem p = assertProblem(problems(SMALL.replace("unit: h", "unit: h\n    unit: kg")), Severity.ERROR,
                "measures[0].unit", "property 'unit' appears twice");
        assertAt(p, 11, 5);
    }

    @Test
    void unknownPropertiesDoNotHideValidationProblems() {
        List<Problem> problems = problems(SMALL.replace("owner: L&D", "owner: L&D\n    colour: red")
                .replace("measure: hours", "measure: hour"));
        assertProblem(problems, Severity.ERROR, "objectives[0].colour", "unknown property 'colour'");
        assertProblem(problems, Severity.ERROR, "targets[0].measure", "unknown measure 'hour'; did you mean 'hours'?");
    }

    @Test
    void unreadableFieldsStopBeforeValidation() {
        List<Problem> problems = problems(SMALL.replace("baseline: 1", "baseline: one")
                .replace("measure: hours", "measure: hour"));
        assertEquals(1, problems.size(), "no follow-up problems from a model with placeholders: " + problems);
        assertEquals("targets[0].baseline", problems.get(0).path());
    }

    @Test
    void everyParseProblemIsFoundInOnePass() {
        List<Problem> problems = problems(SMALL.replace("unit: h", "unit: [h]").replace("timing: leading",
                "timing: soon").replace("baseline: 1", "baseline: \"1\""));
        assertEquals(List.of("measures[0].unit", "measures[0].timing", "targets[0].baseline"),
                problems.stream().map(Problem::path).toList());
    }

    @Test
    void problemsFromReadHaveNoValueAndOrElseThrowCarriesThem() {
        Parsed<Scorecard> parsed = ScorecardParser.read(SMALL.replace("period: month", "period: day"));
        assertTrue(parsed.hasErrors());
        assertFalse(parsed.value().isPresent());
        ScorecardException e = assertThrows(ScorecardException.class, parsed::orElseThrow);
        assertEquals(parsed.problems(), e.problems());
        assertTrue(e.getMessage().contains("measures[0].period"), e.getMessage());
    }

    @Test
    void warningsAloneKeepTheValue() {
        Parsed<Scorecard> parsed = ScorecardParser.read(SMALL.replace("objectives: [skills]", "objectives: []"));
        assertFalse(parsed.hasErrors());
        assertEquals(1, parsed.warnings().size(), parsed.problems().toString());
        assertTrue(parsed.value().isPresent());
    }

    @Test
    void locationsCoverEveryField() {
        Parsed<Scorecard> parsed = ScorecardParser.read(SMALL);
        assertEquals(new Location(8, 5), parsed.locations().get("measures[0]"));
        assertEquals(new Location(12, 18), parsed.locations().get("measures[0].objectives[0]"));
        assertEquals(new Location(21, 13), parsed.locations().get("targets[0].target"));
    }

    // ---- elements

    @Test
    void readsOneElementWithRelativePaths() {
        Parsed<CausalLink> link = ScorecardParser.parseLink("{from: a, to: b, sign: negative, lagMin: 1, lagMax: 3,"
                + " lagUnit: weeks, kind: logical, rationale: why, owner: me}");
        assertEquals(new CausalLink("a", "b", Sign.NEGATIVE, 1, 3, LagUnit.WEEKS, Optional.of("why"),
                Optional.of("me"), LinkKind.LOGICAL), link.orElseThrow());
        Parsed<Measure> measure = ScorecardParser.parseMeasure("key: a\nname: A\nunit: u\n");
        assertProblem(measure.problems(), Severity.ERROR, "perspective", "missing required property");
        assertProblem(measure.problems(), Severity.ERROR, "direction", "missing required property");
        Parsed<Target> target = ScorecardParser.parseTarget("{measure: a, baseline: 1, target: x}");
        assertAt(assertProblem(target.problems(), Severity.ERROR, "target", "must be a number"), 1, 35);
        assertEquals("Ops", ScorecardParser.parseOrgUnit("{key: ops, name: Ops}").orElseThrow().name());
        assertEquals("CFO", ScorecardParser.parseObjective("{key: o, name: O, perspective: financial, owner: CFO}")
                .orElseThrow().owner());
        assertEquals(List.of("m"), ScorecardParser.parseInitiative("{key: i, name: I, measures: [m]}")
                .orElseThrow().measures());
    }
}
