package org.scorelink.scorecard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scorelink.scorecard.entity.Chain;
import org.scorelink.scorecard.entity.Measure;
import org.scorelink.scorecard.entity.Perspective;
import org.scorelink.scorecard.entity.Scorecard;
import org.scorelink.scorecard.entity.Source;

class DefaultScorecardTest {

    @Test
    void validatesWithoutErrorsOrWarnings() {
        Parsed<Scorecard> parsed = ScorecardParser.read(DefaultScorecard.text());
        assertEquals(List.of(), parsed.problems());
        assertTrue(parsed.value().isPresent());
    }

    @Test
    void coversTheMeasuresTheIssueAsksFor() {
        Scorecard sc = DefaultScorecard.scorecard();
        assertEquals(Set.of("training_hours", "completion_rate", "objective_attainment", "time_to_competency"),
                keys(sc.measuresOf(Perspective.LEARNING_GROWTH)));
        assertTrue(keys(sc.measuresOf(Perspective.INTERNAL_PROCESS))
                .containsAll(Set.of("productivity", "defect_rate", "cycle_time")));
        assertEquals(Set.of("customer_satisfaction", "customer_retention"), keys(sc.measuresOf(Perspective.CUSTOMER)));
        assertTrue(keys(sc.measuresOf(Perspective.FINANCIAL))
                .containsAll(Set.of("training_cost_per_employee", "revenue_per_employee", "training_roi")));
        for (String p : List.of(Perspective.LEARNING_GROWTH, Perspective.INTERNAL_PROCESS, Perspective.CUSTOMER,
                Perspective.FINANCIAL)) {
            assertFalse(sc.objectivesOf(p).isEmpty(), p);
        }
        assertFalse(sc.initiatives().isEmpty());
        assertTrue(sc.orgUnits().size() >= 3);
    }

    @Test
    void financialRatiosAreFormulasOverTheirInputs() {
        Scorecard sc = DefaultScorecard.scorecard();
        Measure cost = sc.measure("training_cost_per_employee").orElseThrow();
        assertEquals(Source.FORMULA, cost.source());
        assertEquals(Set.of("training_cost", "headcount"), Formulas.variables(cost.formula().orElseThrow()));
        assertEquals(Set.of("revenue", "headcount"),
                Formulas.variables(sc.measure("revenue_per_employee").orElseThrow().formula().orElseThrow()));
        var roi = Formulas.evaluate(sc.measure("training_roi").orElseThrow().formula().orElseThrow(),
                java.util.Map.of("training_benefit", 150_000.0, "training_cost", 100_000.0));
        assertEquals(50.0, roi.value().orElseThrow(), 1e-9);
    }

    @Test
    void chainsLeadFromLearningToFinance() {
        Scorecard sc = DefaultScorecard.scorecard();
        List<Chain> chains = sc.chains();
        assertFalse(chains.isEmpty());
        for (Chain c : chains) {
            assertEquals(Perspective.LEARNING_GROWTH, sc.measure(c.from()).orElseThrow().perspective(), c.label());
            assertEquals(Perspective.FINANCIAL, sc.measure(c.to()).orElseThrow().perspective(), c.label());
        }
        Set<String> labels = chains.stream().map(Chain::label).collect(Collectors.toSet());
        assertTrue(labels.contains("training_hours → objective_attainment → productivity → revenue_per_employee"),
                labels.toString());
        assertTrue(labels.contains("completion_rate → objective_attainment → defect_rate → customer_satisfaction"
                + " → customer_retention → revenue_per_employee"), labels.toString());
    }

    private static Set<String> keys(List<Measure> measures) {
        return measures.stream().map(Measure::key).collect(Collectors.toSet());
    }
}
