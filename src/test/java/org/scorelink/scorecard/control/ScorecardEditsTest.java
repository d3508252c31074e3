package org.scorelink.scorecard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorelink.scorecard.control.Fixtures.assertAt;
import static org.scorelink.scorecard.control.Fixtures.assertProblem;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scorelink.scorecard.entity.CausalLink;
import org.scorelink.scorecard.entity.Measure;
import org.scorelink.scorecard.entity.Perspective;
import org.scorelink.scorecard.entity.Scorecard;
import org.scorelink.scorecard.entity.Target;

/** Element-wise edits: what they change, the paths and places of their problems, and refused deletions. */
class ScorecardEditsTest {

    /** The minimal scorecard as stored: canonical order. */
    private static Scorecard stored() {
        return ScorecardJson.canonical(Fixtures.minimal());
    }

    private static Scorecards.Candidate putMeasure(Scorecard current, String key, String text) {
        Parsed<Measure> parsed = ScorecardParser.parseMeasure(text, key);
        return ScorecardEdits.put(parsed, ScorecardEdits.element(parsed)).apply(current);
    }

    private static final String RATIO = """
            name: Hours per output
            unit: h
            perspective: internal_process
            objectives: [process]
            direction: higher_is_better
            timing: lagging
            period: month
            aggregation: mean
            source: formula
            formula: hours / outptu
            """;

    @Test
    void aNewMeasuresProblemsArePathsAndPlacesInTheBody() {
        Scorecards.Candidate c = putMeasure(stored(), "ratio", RATIO);
        assertTrue(c.scorecard().measure("ratio").isPresent(), "the key comes from the path");
        Problem formula = assertProblem(c.problems(), Severity.ERROR, "formula", "unknown measure 'outptu'; did you "
                + "mean 'output'?");
        assertAt(formula, 10, 10);
        Problem noTarget = assertProblem(c.problems(), Severity.ERROR, "", "has no target");
        assertAt(noTarget, 1, 1);
        assertEquals(2, c.problems().stream().filter(Problem::isError).count(), c.problems().toString());
    }

    @Test
    void aBodysKeyMustBeThePathsKey() {
        Parsed<Measure> parsed = ScorecardParser.parseMeasure("key: other\n" + RATIO, "ratio");
        ScorecardRefused e = assertThrows(ScorecardRefused.class, () -> ScorecardEdits.element(parsed));
        Problem p = assertProblem(e.problems(), Severity.ERROR, "key", "is 'other' but the request path names 'ratio'");
        assertAt(p, 1, 6);
    }

    @Test
    void bodyTypeErrorsAreRefusedBeforeAnythingIsChanged() {
        Parsed<Measure> parsed = ScorecardParser.parseMeasure(RATIO.replace("direction: higher_is_better",
                "direction: upwards"), "ratio");
        ScorecardRefused e = assertThrows(ScorecardRefused.class, () -> ScorecardEdits.element(parsed));
        assertEquals(ScorecardRefused.Kind.INVALID, e.kind());
        assertAt(assertProblem(e.problems(), Severity.ERROR, "direction", "unknown value 'upwards'"), 5, 12);
    }

    @Test
    void aMeasureIsReplacedInPlace() {
        Scorecard current = stored();
        Measure hours = current.measure("hours").orElseThrow();
        String text = ScorecardJson.write(ScorecardJson.toJson(hours)).replace("\"name\":\"Hours\"",
                "\"name\":\"Training hours\"");
        Scorecards.Candidate c = putMeasure(current, "hours", text);
        assertEquals(List.of(), c.problems());
        assertEquals("Training hours", c.scorecard().measure("hours").orElseThrow().name());
        assertEquals(current.measures().size(), c.scorecard().measures().size());
        assertEquals(current.withMeasure(new Measure("hours", "Training hours", hours.description(), hours.unit(),
                hours.perspective(), hours.objectives(), hours.direction(), hours.timing(), hours.period(),
                hours.aggregation(), hours.weightMeasure(), hours.source(), hours.formula(), hours.weight())),
                c.scorecard());
    }

    @Test
    void deletingAReferencedMeasureNamesEveryReference() {
        ScorecardRefused e = assertThrows(ScorecardRefused.class,
                () -> ScorecardEdits.deleteMeasure("hours").apply(stored()));
        assertEquals(ScorecardRefused.Kind.CONFLICT, e.kind());
        assertTrue(e.getMessage().startsWith("measures/hours: measure 'hours' is still referenced by "),
                e.getMessage());
        assertTrue(e.getMessage().contains("link hours → output (links[0].from)"), e.getMessage());
        assertTrue(e.getMessage().contains("initiative 'academy' (initiatives[0].measures[0])"), e.getMessage());
        assertEquals(List.of("links[0].from", "initiatives[0].measures[0]"),
                e.problems().stream().map(Problem::path).toList());
    }

    @Test
    void deletingAMeasureDeletesItsTargets() {
        Scorecard current = stored();
        Scorecard withRatio = current.withMeasure(current.measure("hours").orElseThrow())
                .withMeasure(new Measure("extra", "Extra", Optional.empty(), "h", Perspective.LEARNING_GROWTH,
                        List.of("skills"), current.measure("hours").get().direction(),
                        current.measure("hours").get().timing(), current.measure("hours").get().period(),
                        current.measure("hours").get().aggregation(), Optional.empty(),
                        current.measure("hours").get().source(), Optional.empty(), 1))
                .withTarget(new Target("extra", Optional.empty(), Optional.empty(), 1, 2,
                        current.targets().get(0).rule()));
        assertEquals(List.of(), ScorecardValidator.validate(withRatio));
        Scorecards.Candidate c = ScorecardEdits.deleteMeasure("extra").apply(withRatio);
        assertEquals(List.of(), c.problems());
        assertEquals(current, c.scorecard());
    }

    @Test
    void unknownElementsAreNotFound() {
        for (Scorecards.Edit edit : List.of(ScorecardEdits.deleteMeasure("nope"),
                ScorecardEdits.deleteObjective("nope"),
                ScorecardEdits.deleteOrgUnit("nope"), ScorecardEdits.deletePerspective("nope"),
                ScorecardEdits.deleteInitiative("nope"), ScorecardEdits.deleteLink("hours", "revenue"))) {
            ScorecardRefused e = assertThrows(ScorecardRefused.class, () -> edit.apply(stored()));
            assertEquals(ScorecardRefused.Kind.NOT_FOUND, e.kind(), e.getMessage());
        }
        ScorecardRefused e = assertThrows(ScorecardRefused.class, () -> ScorecardEdits.deleteOrgUnit("nope")
                .apply(stored()));
        assertEquals("org-units/nope: no org unit 'nope'", e.getMessage());
    }

    @Test
    void standardPerspectivesCanBeRenamedButNotDeleted() {
        ScorecardRefused e = assertThrows(ScorecardRefused.class,
                () -> ScorecardEdits.deletePerspective(Perspective.CUSTOMER).apply(stored()));
        assertEquals(ScorecardRefused.Kind.CONFLICT, e.kind());
        assertTrue(e.getMessage().contains("standard perspective"), e.getMessage());

        Parsed<Perspective> parsed = ScorecardParser.parsePerspective("name: Clients", Perspective.CUSTOMER);
        Scorecards.Candidate c = ScorecardEdits.put(parsed, ScorecardEdits.element(parsed)).apply(stored());
        assertEquals(List.of(), c.problems());
        assertEquals(new Perspective(Perspective.CUSTOMER, "Clients", 3, 1),
                c.scorecard().perspective(Perspective.CUSTOMER).orElseThrow());

        Parsed<Perspective> moved = ScorecardParser.parsePerspective("{name: Clients, rank: 7}", Perspective.CUSTOMER);
        Scorecards.Candidate bad = ScorecardEdits.put(moved, ScorecardEdits.element(moved)).apply(stored());
        assertAt(assertProblem(bad.problems(), Severity.ERROR, "rank", "standard perspective"), 1, 23);
    }

    @Test
    void customPerspectivesAreDeletedOnlyWhenUnused() {
        Parsed<Perspective> parsed = ScorecardParser.parsePerspective("{name: Partners, rank: 3.5}", "partners");
        Scorecard withPartners = ScorecardEdits.put(parsed, ScorecardEdits.element(parsed)).apply(stored())
                .scorecard();
        assertEquals(3.5, withPartners.perspective("partners").orElseThrow().rank());
        assertEquals(stored(), ScorecardEdits.deletePerspective("partners").apply(withPartners).scorecard());

        ScorecardRefused e = assertThrows(ScorecardRefused.class, () -> ScorecardEdits.deletePerspective("partners")
                .apply(withPartners.withObjective(new org.scorelink.scorecard.entity.Objective("ally", "Ally",
                        "partners", "CEO", Optional.empty(), Optional.empty(), Optional.empty(), 1))));
        assertTrue(e.getMessage().contains("objective 'ally' (objectives[3].perspective)"), e.getMessage());
    }

    @Test
    void orgUnitsAndObjectivesStillReferencedAreNotDeleted() {
        ScorecardRefused unit = assertThrows(ScorecardRefused.class,
                () -> ScorecardEdits.deleteOrgUnit("sales").apply(stored()));
        assertEquals(List.of("orgUnits[0].parent", "initiatives[0].rollout[0].orgUnit"),
                unit.problems().stream().map(Problem::path).toList());
        assertTrue(unit.getMessage().contains("org unit 'emea' (orgUnits[0].parent)"), unit.getMessage());
        ScorecardRefused objective = assertThrows(ScorecardRefused.class,
                () -> ScorecardEdits.deleteObjective("money").apply(stored()));
        assertTrue(objective.getMessage().contains("measure 'revenue' (measures[2].objectives[0])"),
                objective.getMessage());
        Scorecards.Candidate c = ScorecardEdits.deleteOrgUnit("emea").apply(stored());
        assertEquals(List.of(), c.problems());
        assertTrue(c.scorecard().orgUnit("emea").isEmpty());
    }

    @Test
    void linksAreNamedByTheirMeasuresAndBackwardOnesOnlyWarn() {
        Scorecard current = ScorecardEdits.deleteLink("output", "revenue").apply(stored()).scorecard();
        assertTrue(current.link("output", "revenue").isEmpty());
        Parsed<CausalLink> parsed = ScorecardParser.parseLink("lagMin: 1\nlagMax: 2\n", "revenue", "output");
        Scorecards.Candidate c = ScorecardEdits.put(parsed, ScorecardEdits.element(parsed)).apply(current);
        assertEquals(List.of(), c.problems().stream().filter(Problem::isError).toList());
        assertAt(assertProblem(c.problems(), Severity.WARNING, "", "runs backwards"), 1, 1);
        assertEquals(1, c.scorecard().link("revenue", "output").orElseThrow().lagMin());

        Parsed<CausalLink> cycle = ScorecardParser.parseLink("{}", "revenue", "hours");
        Scorecards.Candidate cyclic = ScorecardEdits.put(cycle, ScorecardEdits.element(cycle)).apply(stored());
        assertTrue(cyclic.problems().stream().anyMatch(p -> p.isError()
                && p.message().startsWith("causal links form a cycle: ")), cyclic.problems().toString());
    }

    @Test
    void aMeasuresTargetsAreReplacedAsAList() {
        String text = """
                - {baseline: 1, target: 3}
                - {orgUnit: emea, baseline: 2, target: 1}
                """;
        Parsed<List<Target>> parsed = ScorecardParser.parseTargets(text, "hours");
        Scorecards.Candidate c = ScorecardEdits.putTargets(parsed, "hours", ScorecardEdits.element(parsed))
                .apply(stored());
        assertEquals(2, c.scorecard().targetsOf("hours").size());
        assertEquals(3, c.scorecard().targetsOf("hours").get(0).target());
        // hours is higher-is-better: the second target is on the wrong side of its baseline
        assertAt(assertProblem(c.problems(), Severity.ERROR, "[1].target", "higher_is_better"), 2, 40);

        Parsed<List<Target>> other = ScorecardParser.parseTargets("[{measure: output, baseline: 1, target: 2}]",
                "hours");
        ScorecardRefused e = assertThrows(ScorecardRefused.class, () -> ScorecardEdits.element(other));
        assertProblem(e.problems(), Severity.ERROR, "[0].measure", "is 'output' but the request path names 'hours'");

        assertEquals(ScorecardRefused.Kind.NOT_FOUND, assertThrows(ScorecardRefused.class,
                () -> ScorecardEdits.putTargets(parsed, "nope", List.of()).apply(stored())).kind());
        ScorecardRefused notAList = assertThrows(ScorecardRefused.class,
                () -> ScorecardEdits.element(ScorecardParser.parseTargets("{baseline: 1}", "hours")));
        assertProblem(notAList.problems(), Severity.ERROR, "", "must be a list of targets");
    }

    @Test
    void removingEveryTargetOfAScoredMeasureIsAnError() {
        Parsed<List<Target>> parsed = ScorecardParser.parseTargets("[]", "hours");
        Scorecards.Candidate c = ScorecardEdits.putTargets(parsed, "hours", ScorecardEdits.element(parsed))
                .apply(stored());
        assertFalse(c.problems().isEmpty());
        assertProblem(c.problems(), Severity.ERROR, "measures[0]", "has no target");
    }
}
