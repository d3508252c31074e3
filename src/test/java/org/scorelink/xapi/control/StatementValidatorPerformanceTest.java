package org.scorelink.xapi.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.scorelink.xapi.entity.XapiVersion;

/**
 * Smoke check of the hot-path cost. Prints the average time per statement; the assertion is
 * deliberately generous (a shared 2-core machine) and only catches pathological regressions.
 */
class StatementValidatorPerformanceTest {

    @Test
    void typicalStatementIsFast() throws Exception {
        JsonObject statement = StatementValidatorFixturesTest.read(
                StatementValidatorFixturesTest.CORPUS.resolve("valid/cmi5-completed.json"));
        StatementValidator validator = new StatementValidator();
        for (int i = 0; i < 200_000; i++) {
            validator.validate(statement, XapiVersion.V2_0_0, "statement");
        }
        // best of 5 batches: the machine is shared, the minimum is the least disturbed figure
        int rounds = 20_000;
        double micros = Double.MAX_VALUE;
        for (int batch = 0; batch < 5; batch++) {
            long start = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                validator.validate(statement, XapiVersion.V2_0_0, "statement");
            }
            micros = Math.min(micros, (System.nanoTime() - start) / 1000.0 / rounds);
        }
        System.out.printf("StatementValidator: %.2f µs per cmi5 statement (%d bytes)%n", micros,
                statement.toString().length());
        assertTrue(micros < 100, "validation took " + micros + " µs");
    }
}
