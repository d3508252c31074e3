package org.scorelink.scorecard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scorelink.scorecard.control.ScoringFixtures.period;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.scorelink.scorecard.entity.MeasureValue;
import org.scorelink.scorecard.entity.Source;

/** Manual entry of values (JSON and CSV) against the default scorecard: every row and field checked. */
class ValueEntriesTest {

    private static final Instant NOW = Instant.parse("2026-08-03T10:15:30Z");
    private static final ValueEntries.Entry ENTRY = new ValueEntries.Entry(DefaultScorecard.scorecard(), "admin-1",
            NOW);

    private static List<MeasureValue> json(String text) {
        Parsed<List<MeasureValue>> parsed = ValueEntries.fromJson(text, ENTRY);
        assertEquals(List.of(), parsed.problems());
        return parsed.value().orElseThrow();
    }

    private static List<MeasureValue> csv(String text) {
        Parsed<List<MeasureValue>> parsed = ValueEntries.fromCsv(text, ENTRY);
        assertEquals(List.of(), parsed.problems());
        return parsed.value().orElseThrow();
    }

    /** The problems as "path: message". */
    private static List<String> jsonProblems(String text) {
        Parsed<List<MeasureValue>> parsed = ValueEntries.fromJson(text, ENTRY);
        assertTrue(parsed.value().isEmpty(), "refused");
        return parsed.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
    }

    private static List<String> csvProblems(String text) {
        Parsed<List<MeasureValue>> parsed = ValueEntries.fromCsv(text, ENTRY);
        assertTrue(parsed.value().isEmpty(), "refused");
        return parsed.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
    }

    private static void assertOne(List<String> problems, String startsWith) {
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith(startsWith), problems::toString);
    }

    @Nested
    class Json {

        @Test
        void valuesAreReadAsManualEntriesByTheCaller() {
            List<MeasureValue> values = json("""
                    [{"measure":"revenue","orgUnit":"sales","period":"2026-07","value":125000},
                     {"measure":"completion_rate","orgUnit":"support","period":"2026-07","numerator":45,"denominator":50}]
                    """);
            assertEquals(2, values.size());
            MeasureValue revenue = values.get(0);
            assertEquals("revenue", revenue.measure());
            assertEquals("sales", revenue.orgUnit());
            assertEquals(period("2026-07"), revenue.period());
            assertEquals(OptionalDouble.of(125000), revenue.value());
            assertEquals(Source.MANUAL, revenue.source());
            assertEquals("admin-1", revenue.recordedBy());
            assertEquals(NOW, revenue.recorded());
            MeasureValue rate = values.get(1);
            assertEquals(90, rate.value().getAsDouble(), 1e-12); // 45/50 in %
            assertEquals(OptionalDouble.of(45), rate.numerator());
            assertEquals(OptionalDouble.of(50), rate.denominator());
        }

        @Test
        void aRateMayRepeatItsValueWhenItIsRight() {
            assertEquals(1, json("""
                    [{"measure":"completion_rate","orgUnit":"support","period":"2026-07","value":90,"numerator":45,\
                    "denominator":50}]""").size());
            assertOne(jsonProblems("""
                    [{"measure":"completion_rate","orgUnit":"support","period":"2026-07","value":0.9,"numerator":45,\
                    "denominator":50}]"""), "[0].value: 0.9 is not numerator / denominator × 100 = 90.0");
        }

        @Test
        void nullIsAbsent() {
            assertEquals(1, json("""
                    [{"measure":"revenue","orgUnit":"sales","period":"2026-07","value":1,"numerator":null}]""").size());
        }

        @Test
        void unknownMeasureWithASuggestion() {
            assertOne(jsonProblems("""
                    [{"measure":"revenu","orgUnit":"sales","period":"2026-07","value":1}]"""),
                    "[0].measure: unknown measure 'revenu'; did you mean 'revenue'?");
        }

        @Test
        void unknownOrgUnit() {
            assertOne(jsonProblems("""
                    [{"measure":"revenue","orgUnit":"marketing","period":"2026-07","value":1}]"""),
                    "[0].orgUnit: unknown org unit 'marketing'");
        }

        @Test
        void aPeriodOfAnotherGranularityThanTheMeasures() {
            assertOne(jsonProblems("""
                    [{"measure":"revenue","orgUnit":"sales","period":"2026-Q3","value":1}]"""),
                    "[0].period: '2026-Q3' is a quarter; measure 'revenue' is monthly: give a month such as 2026-11");
            assertOne(jsonProblems("""
                    [{"measure":"customer_satisfaction","orgUnit":"sales","period":"2026-07","value":4}]"""),
                    "[0].period: '2026-07' is a month; measure 'customer_satisfaction' is quarterly");
        }

        @Test
        void notAPeriod() {
            assertOne(jsonProblems("""
                    [{"measure":"revenue","orgUnit":"sales","period":"2026-13","value":1}]"""),
                    "[0].period: '2026-13' is not a period");
        }

        @Test
        void aRateNeedsNumeratorAndDenominator() {
            List<String> problems = jsonProblems("""
                    [{"measure":"completion_rate","orgUnit":"support","period":"2026-07","value":90}]""");
            assertEquals(2, problems.size(), problems::toString);
            assertTrue(problems.get(0).startsWith("[0].numerator: required: measure 'completion_rate' is a rate"));
            assertTrue(problems.get(1).startsWith("[0].denominator: required"));
        }

        @Test
        void aRatesPartsAreNotNegative() {
            assertOne(jsonProblems("""
                    [{"measure":"completion_rate","orgUnit":"support","period":"2026-07","numerator":1,\
                    "denominator":-2}]"""), "[0].denominator: must not be negative");
        }

        @Test
        void otherMeasuresNeedAValueAndTakeNoParts() {
            assertOne(jsonProblems("""
                    [{"measure":"revenue","orgUnit":"sales","period":"2026-07"}]"""), "[0].value: required");
            assertOne(jsonProblems("""
                    [{"measure":"revenue","orgUnit":"sales","period":"2026-07","value":3,"numerator":1}]"""),
                    "[0].numerator: only rate measures take a numerator");
        }

        @Test
        void formulaMeasuresCannotBeEntered() {
            assertOne(jsonProblems("""
                    [{"measure":"revenue_per_employee","orgUnit":"sales","period":"2026-07","value":1}]"""),
                    "[0].measure: measure 'revenue_per_employee' is computed by its formula (revenue / headcount); "
                            + "enter the values of its inputs instead");
        }

        @Test
        void typesAndUnknownProperties() {
            List<String> problems = jsonProblems("""
                    [{"measure":1,"orgUnit":"sales","period":"2026-07","value":"12","unit":"EUR"}, 7]""");
            assertEquals(List.of("[0].measure: must be a string",
                    "[0].value: must be a number",
                    "[0].unit: unknown property; allowed: measure, orgUnit, period, value, numerator, denominator",
                    "[1]: must be an object with measure, orgUnit, period, value, numerator, denominator"),
                    problems);
        }

        @Test
        void theSameMeasureUnitAndPeriodTwice() {
            assertOne(jsonProblems("""
                    [{"measure":"revenue","orgUnit":"sales","period":"2026-07","value":1},
                     {"measure":"revenue","orgUnit":"sales","period":"2026-07","value":2}]"""),
                    "[1]: the same measure, org unit and period as [0]");
        }

        @Test
        void everyProblemOfEveryRowAtOnce() {
            List<String> problems = jsonProblems("""
                    [{"measure":"revenue","orgUnit":"sales","period":"2026-07","value":1},
                     {"measure":"nope","orgUnit":"sales","period":"2026-07","value":1},
                     {"measure":"revenue","orgUnit":"nowhere","period":"2026-Q1","value":1}]""");
            assertEquals(3, problems.size(), problems::toString);
            assertTrue(problems.get(0).startsWith("[1].measure"));
            assertTrue(problems.get(1).startsWith("[2].orgUnit"));
            assertTrue(problems.get(2).startsWith("[2].period"));
        }

        @Test
        void theBodyMustBeANonEmptyArray() {
            assertOne(jsonProblems("{\"measure\":\"revenue\"}"), "body: must be a JSON array");
            assertOne(jsonProblems("[]"), "body: no values");
            assertOne(jsonProblems("[{\"measure\":"), "body: not valid JSON");
        }

        @Test
        void missingRequiredFields() {
            assertEquals(List.of("[0].orgUnit: required", "[0].period: required"), jsonProblems("""
                    [{"measure":"revenue","value":1}]"""));
        }
    }

    @Nested
    class Csv {

        @Test
        void valuesWithAHeaderRow() {
            List<MeasureValue> values = csv("""
                    measure,orgUnit,period,value,numerator,denominator
                    revenue,sales,2026-07,125000.50,,
                    completion_rate,support,2026-07,,45,50
                    """);
            assertEquals(2, values.size());
            assertEquals(125000.5, values.get(0).value().getAsDouble());
            assertEquals(90, values.get(1).value().getAsDouble(), 1e-12);
            assertEquals(Source.MANUAL, values.get(1).source());
        }

        @Test
        void columnsInAnyOrderOptionalNumberColumnsQuotesSpacesAndAByteOrderMark() {
            List<MeasureValue> values = csv("\uFEFFperiod, measure ,orgUnit,value\r\n"
                    + "2026-07, revenue ,\"sales\",\"1000\"\r\n\r\n"
                    + "2026-08,revenue,sales,2000\r\n");
            assertEquals(2, values.size());
            assertEquals("revenue", values.get(0).measure());
            assertEquals(2000, values.get(1).value().getAsDouble());
        }

        @Test
        void problemsNameTheLineAndColumn() {
            List<String> problems = csvProblems("""
                    measure,orgUnit,period,value
                    revenue,sales,2026-07,1
                    revenue,sales,2026-Q3,1
                    headcount,sales,2026-07,"1,5"
                    """);
            assertEquals(2, problems.size(), problems::toString);
            assertTrue(problems.get(0).startsWith("line 3, column period: '2026-Q3' is a quarter"), problems::toString);
            assertTrue(problems.get(1).startsWith("line 4, column value: '1,5' is not a number"), problems::toString);
        }

        @Test
        void lineNumbersCountQuotedLineBreaksAndBlankLines() {
            List<String> problems = csvProblems("measure,orgUnit,period,value\n\"reve\nnue\",sales,2026-07,1\n\n"
                    + "nope,sales,2026-07,1\n");
            assertEquals(2, problems.size(), problems::toString);
            assertTrue(problems.get(0).startsWith("line 2, column measure: unknown measure"), problems::toString);
            assertTrue(problems.get(1).startsWith("line 5, column measure: unknown measure 'nope'"),
                    problems::toString);
        }

        @Test
        void theHeaderRowIsChecked() {
            assertEquals(List.of("line 1, column orgunit: unknown column; did you mean 'orgUnit'?; the header row "
                            + "names the columns measure,orgUnit,period,value,numerator,denominator",
                    "line 1: column orgUnit missing; the header row names the columns "
                            + "measure,orgUnit,period,value,numerator,denominator"),
                    csvProblems("measure,orgunit,period,value\nrevenue,sales,2026-07,1\n"));
        }

        @Test
        void aRowWithTheWrongNumberOfFields() {
            assertOne(csvProblems("measure,orgUnit,period,value\nrevenue,sales,2026-07\n"),
                    "line 2: has 3 fields; the header row has 4");
        }

        @Test
        void emptyOrHeaderOnly() {
            assertOne(csvProblems(""), "body: empty");
            assertOne(csvProblems("measure,orgUnit,period,value\n"), "body: no values");
        }

        @Test
        void malformedCsv() {
            assertOne(csvProblems("measure,orgUnit,period,value\n\"revenue,sales,2026-07,1\n"), "body: not valid CSV");
            assertOne(csvProblems("measure,measure,period,value\nrevenue,sales,2026-07,1\n"), "body: not valid CSV");
        }
    }
}
