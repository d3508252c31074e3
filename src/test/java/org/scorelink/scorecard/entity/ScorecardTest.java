package org.scorelink.scorecard.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScorecardTest {

    private static Measure measure(String key, String perspective) {
        return new Measure(key, key, Optional.empty(), "u", perspective, List.of(), Direction.HIGHER_IS_BETTER,
                Timing.LAGGING, Period.MONTH, Aggregation.SUM, Optional.empty(), Source.OUTCOME, Optional.empty(), 1);
    }

    private static CausalLink link(String from, String to) {
        return new CausalLink(from, to, Sign.POSITIVE, 0, 0, LagUnit.MONTHS, Optional.empty(), Optional.empty(),
                LinkKind.EMPIRICAL);
    }

    private static OrgUnit unit(String key, String parent) {
        return new OrgUnit(key, key, Optional.ofNullable(parent));
    }

    private static Scorecard of(List<OrgUnit> units, List<Measure> measures, List<CausalLink> links) {
        return new Scorecard("t", List.of(), units, List.of(), measures, List.of(), links, List.of());
    }

    /** learning: l1, l2; process: p; customer: c; financial: f1, f2. */
    private static final List<Measure> MEASURES = List.of(measure("l1", Perspective.LEARNING_GROWTH),
            measure("l2", Perspective.LEARNING_GROWTH), measure("p", Perspective.INTERNAL_PROCESS),
            measure("c", Perspective.CUSTOMER), measure("f1", Perspective.FINANCIAL),
            measure("f2", Perspective.FINANCIAL));

    @Test
    void chainsAreAllPathsFromLearningToFinance() {
        Scorecard sc = of(List.of(), MEASURES, List.of(link("l1", "l2"), link("l2", "p"), link("p", "c"),
                link("c", "f1"), link("p", "f1"), link("f1", "f2"), link("c", "p2")));
        List<String> chains = sc.chains().stream().map(Chain::label).toList();
        assertEquals(List.of(
                "l1 → l2 → p → c → f1", "l1 → l2 → p → c → f1 → f2", "l1 → l2 → p → f1", "l1 → l2 → p → f1 → f2",
                "l2 → p → c → f1", "l2 → p → c → f1 → f2", "l2 → p → f1", "l2 → p → f1 → f2"), chains);
        Chain first = sc.chains().get(0);
        assertEquals("l1", first.from());
        assertEquals("f1", first.to());
        assertEquals(List.of("l1", "l2", "p", "c", "f1"), first.measures());
    }

    @Test
    void noChainWithoutAPathToFinance() {
        assertEquals(List.of(), of(List.of(), MEASURES, List.of(link("l1", "p"), link("f1", "l1"))).chains());
    }

    @Test
    void chainsStopAtCycles() {
        Scorecard sc = of(List.of(), MEASURES, List.of(link("l1", "p"), link("p", "l1"), link("p", "f1")));
        assertEquals(List.of("l1 → p → f1"), sc.chains().stream().map(Chain::label).toList());
    }

    @Test
    void orgUnitAncestry() {
        Scorecard sc = of(List.of(unit("org", null), unit("sales", "org"), unit("emea", "sales"),
                unit("ops", "org"), unit("apac", "sales")), List.of(), List.of());
        assertEquals(List.of("sales", "org"), keys(sc.ancestors("emea")));
        assertEquals(List.of("emea", "sales", "org"), keys(sc.selfAndAncestors("emea")));
        assertEquals(List.of(), sc.ancestors("org"));
        assertEquals(List.of(), sc.ancestors("nowhere"));
        assertEquals(List.of("sales", "ops", "emea", "apac"), keys(sc.descendants("org")));
        assertEquals(List.of("emea", "apac"), keys(sc.children("sales")));
        assertEquals(List.of("org"), keys(sc.roots()));
    }

    @Test
    void ancestryStopsAtCyclesAndUnknownParents() {
        Scorecard sc = of(List.of(unit("a", "b"), unit("b", "a"), unit("c", "missing")), List.of(), List.of());
        assertEquals(List.of("b"), keys(sc.ancestors("a")));
        assertEquals(List.of(), sc.ancestors("c"));
        assertEquals(List.of("b"), keys(sc.descendants("a")));
    }

    @Test
    void standardPerspectivesAreAlwaysPresent() {
        Scorecard sc = new Scorecard("t", List.of(new Perspective("partners", "Partners", 2.5, 1),
                new Perspective("financial", "Money", 4, 2)), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
        assertEquals(List.of("partners", "financial", "learning_growth", "internal_process", "customer"),
                sc.perspectives().stream().map(Perspective::key).toList(), "given first, missing standard ones after");
        assertEquals(List.of("learning_growth", "internal_process", "partners", "customer", "financial"),
                sc.perspectiveOrder().stream().map(Perspective::key).toList());
        assertEquals("Money", sc.perspective("financial").orElseThrow().name());
        assertTrue(sc.perspective("customer").orElseThrow().standard());
    }

    @Test
    void lookupsAndLinks() {
        Scorecard sc = of(List.of(), MEASURES, List.of(link("l1", "p"), link("l2", "p"), link("p", "f1")));
        assertEquals("p", sc.measure("p").orElseThrow().key());
        assertEquals(Optional.empty(), sc.measure("x"));
        assertEquals(List.of("l1", "l2"), sc.linksTo("p").stream().map(CausalLink::from).toList());
        assertEquals(List.of("f1"), sc.linksFrom("p").stream().map(CausalLink::to).toList());
        assertEquals(List.of("f1", "f2"), sc.measuresOf(Perspective.FINANCIAL).stream().map(Measure::key).toList());
        assertTrue(sc.link("p", "f1").isPresent());
        assertTrue(sc.link("f1", "p").isEmpty());
    }

    @Test
    void changedCopiesReplaceInPlaceOrAppend() {
        Scorecard sc = of(List.of(), MEASURES, List.of(link("l1", "p")));
        Measure renamed = new Measure("p", "Process", Optional.empty(), "u", Perspective.INTERNAL_PROCESS, List.of(),
                Direction.LOWER_IS_BETTER, Timing.LAGGING, Period.MONTH, Aggregation.SUM, Optional.empty(),
                Source.OUTCOME, Optional.empty(), 1);
        Scorecard changed = sc.withMeasure(renamed);
        assertEquals(2, changed.measures().indexOf(renamed));
        assertEquals(MEASURES.size(), changed.measures().size());
        assertEquals(MEASURES.get(2), sc.measures().get(2), "the original is unchanged");
        assertEquals(MEASURES.size() + 1, sc.withMeasure(measure("new", Perspective.CUSTOMER)).measures().size());
        assertEquals(MEASURES.size() - 1, sc.withoutMeasure("p").measures().size());
        assertEquals(List.of(), sc.withoutLink("l1", "p").links());
        CausalLink lagged = new CausalLink("l1", "p", Sign.NEGATIVE, 1, 2, LagUnit.WEEKS, Optional.empty(),
                Optional.empty(), LinkKind.EMPIRICAL);
        assertEquals(List.of(lagged), sc.withLink(lagged).links());
    }

    @Test
    void listsAreImmutable() {
        Scorecard sc = of(List.of(), new java.util.ArrayList<>(MEASURES), List.of());
        assertThrows(UnsupportedOperationException.class, () -> sc.measures().add(measure("x", "customer")));
    }

    private static List<String> keys(List<OrgUnit> units) {
        return units.stream().map(OrgUnit::key).toList();
    }
}
