package org.scorelink.scorecard.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    @Test
    void parsesAndWritesTheThreeForms() {
        for (String text : new String[] {"2026-W47", "2026-11", "2026-Q4", "2026-W01", "2026-01"}) {
            assertEquals(text, ReportingPeriod.parse(text).orElseThrow().toString());
        }
        assertEquals(new ReportingPeriod(2026, Period.QUARTER, 4), ReportingPeriod.parse("2026-Q4").orElseThrow());
    }

    @Test
    void rejectsPeriodsThatDoNotExist() {
        for (String text : new String[] {"2026-13", "2026-00", "2026-Q5", "2026-Q0", "2025-W53", "2026-W54",
                "2026-W00", "26-11", "2026-1", "2026-w47", "2026-11-01", ""}) {
            assertEquals(Optional.empty(), ReportingPeriod.parse(text), text);
        }
        assertTrue(ReportingPeriod.parse("2026-W53").isPresent(), "2026 has 53 ISO weeks");
    }

    @Test
    void startsOnTheFirstDay() {
        assertEquals(LocalDate.of(2025, 12, 29), ReportingPeriod.parse("2026-W01").orElseThrow().start());
        assertEquals(LocalDate.of(2026, 10, 1), ReportingPeriod.parse("2026-Q4").orElseThrow().start());
        assertEquals(LocalDate.of(2026, 11, 1), ReportingPeriod.parse("2026-11").orElseThrow().start());
    }

    @Test
    void periodOfADay() {
        LocalDate newYearsEve = LocalDate.of(2024, 12, 31);
        assertEquals("2025-W01", ReportingPeriod.of(newYearsEve, Period.WEEK).toString(), "ISO week-based year");
        assertEquals("2024-12", ReportingPeriod.of(newYearsEve, Period.MONTH).toString());
        assertEquals("2024-Q4", ReportingPeriod.of(newYearsEve, Period.QUARTER).toString());
    }

    @Test
    void previousAndNextCrossYears() {
        assertEquals("2025-W52", ReportingPeriod.parse("2026-W01").orElseThrow().previous().toString());
        assertEquals("2027-W01", ReportingPeriod.parse("2026-W53").orElseThrow().next().toString());
        assertEquals("2025-12", ReportingPeriod.parse("2026-01").orElseThrow().previous().toString());
        assertEquals("2027-Q1", ReportingPeriod.parse("2026-Q4").orElseThrow().next().toString());
        assertEquals(LocalDate.of(2026, 2, 28), ReportingPeriod.parse("2026-02").orElseThrow().end());
        assertEquals(LocalDate.of(2026, 1, 4), ReportingPeriod.parse("2026-W01").orElseThrow().end());
    }

    @Test
    void ordersByStartThenCoarserFirst() {
        ReportingPeriod q = ReportingPeriod.parse("2026-Q4").orElseThrow();
        ReportingPeriod m = ReportingPeriod.parse("2026-10").orElseThrow();
        ReportingPeriod n = ReportingPeriod.parse("2026-11").orElseThrow();
        assertTrue(q.compareTo(m) < 0);
        assertTrue(m.compareTo(n) < 0);
    }
}
