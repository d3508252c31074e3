package org.scorelink.scorecard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormulasTest {

    @Test
    void listsTheMeasuresAFormulaReferences() {
        assertEquals(Set.of("training_benefit", "training_cost"),
                Formulas.variables("(training_benefit - training_cost) / training_cost * 100"));
        assertEquals(Set.of("a", "b"), Formulas.variables("MAX(a, b) + ROUND(a / 3, 2)"),
                "functions are not variables");
    }

    @Test
    void builtInConstantsAreOffSoAnyKeyIsAVariable() {
        assertEquals(Set.of("e", "pi", "true"), Formulas.variables("e + pi + true"));
        assertEquals(6.0, Formulas.evaluate("e * pi", Map.of("e", 2.0, "pi", 3.0)).value().orElseThrow());
    }

    @Test
    void syntaxErrorsSayWhere() {
        Formulas.Check check = Formulas.check("revenue / (headcount");
        assertFalse(check.valid());
        assertTrue(check.error().orElseThrow().contains("position"), check.error().orElseThrow());
        assertEquals(Set.of(), check.variables());
        assertFalse(Formulas.check("a +").valid());
        assertFalse(Formulas.check("a b").valid());
        assertFalse(Formulas.check("nosuchfunction(a)").valid());
        assertFalse(Formulas.check("a.b").valid(), "structures are off");
        assertFalse(Formulas.check("2a").valid(), "implicit multiplication is off");
        assertEquals(Optional.of("the formula is empty"), Formulas.check("  ").error());
    }

    @Test
    void evaluatesWithValues() {
        Formulas.Result r = Formulas.evaluate("revenue / headcount",
                Map.of("revenue", 1_950_000.0, "headcount", 100.0));
        assertEquals(19_500.0, r.value().orElseThrow(), 1e-9);
        assertEquals(Optional.empty(), r.reason());
        assertEquals(1.0 / 3, Formulas.evaluate("a / b", Map.of("a", 1.0, "b", 3.0)).value().orElseThrow(), 1e-15);
    }

    @Test
    void divisionByZeroIsAnEmptyResultWithAReason() {
        Formulas.Result r = Formulas.evaluate("revenue / headcount", Map.of("revenue", 10.0, "headcount", 0.0));
        assertTrue(r.value().isEmpty());
        assertEquals(Optional.of("division by zero"), r.reason());
        assertEquals(Optional.of("division by zero"), Formulas.evaluate("a / b", Map.of("a", 0.0, "b", 0.0)).reason());
    }

    @Test
    void missingInputIsAnEmptyResultWithAReason() {
        Formulas.Result r = Formulas.evaluate("revenue / headcount", Map.of("revenue", 10.0));
        assertTrue(r.value().isEmpty());
        assertEquals(Optional.of("no value for headcount"), r.reason());
        assertEquals(Optional.of("no finite value for a"),
                Formulas.evaluate("a + 1", Map.of("a", Double.NaN)).reason());
    }

    @Test
    void otherFailuresAreEmptyResultsToo() {
        assertEquals(Optional.of("the result is not a number"),
                Formulas.evaluate("a > 1", Map.of("a", 2.0)).reason());
        assertTrue(Formulas.evaluate("SQRT(a)", Map.of("a", -1.0)).value().isEmpty());
        assertTrue(Formulas.evaluate("a +", Map.of("a", 1.0)).reason().orElseThrow().contains("position"));
    }
}
