package org.scorelink.scorecard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.scorelink.scorecard.control.ScoringFixtures.period;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorelink.scorecard.entity.Period;
import org.scorelink.scorecard.entity.ReportingPeriod;

class PeriodsTest {

    private static List<String> parts(String period, Period unit) {
        return Periods.parts(period(period), unit).stream().map(ReportingPeriod::toString).toList();
    }

    @Test
    void monthsOfAQuarter() {
        assertEquals(List.of("2026-07", "2026-08", "2026-09"), parts("2026-Q3", Period.MONTH));
    }

    @Test
    void weeksOfAMonthAreThoseWhoseThursdayFallsInIt() {
        // 2026-W27 starts on Monday 29 June but its Thursday is 2 July; 2026-W32 starts on 3 August
        assertEquals(List.of("2026-W27", "2026-W28", "2026-W29", "2026-W30", "2026-W31"),
                parts("2026-07", Period.WEEK));
        // February 2026: W06 (Thursday 5 Feb) to W09 (Thursday 26 Feb); W05's Thursday is 29 January
        assertEquals(List.of("2026-W06", "2026-W07", "2026-W08", "2026-W09"), parts("2026-02", Period.WEEK));
    }

    @Test
    void weeksOfAQuarter() {
        List<String> q3 = parts("2026-Q3", Period.WEEK);
        assertEquals(13, q3.size());
        assertEquals("2026-W27", q3.get(0));
        assertEquals("2026-W39", q3.get(12)); // W40 starts 28 September, its Thursday is 1 October
    }

    @Test
    void aPeriodIsMadeOfItself() {
        assertEquals(List.of("2026-07"), parts("2026-07", Period.MONTH));
        assertEquals(period("2026-W10"), Periods.containing(period("2026-W10"), Period.WEEK));
    }

    @Test
    void containingPeriodOfAWeekIsThatOfItsThursday() {
        assertEquals(period("2026-07"), Periods.containing(period("2026-W27"), Period.MONTH));
        assertEquals(period("2026-Q3"), Periods.containing(period("2026-W27"), Period.QUARTER));
        // 2026-W53: Monday 28 December 2026 to Sunday 3 January 2027, Thursday 31 December
        assertEquals(period("2026-12"), Periods.containing(period("2026-W53"), Period.MONTH));
        // 2025-W01 starts on Monday 30 December 2024; its Thursday is 2 January 2025
        assertEquals(period("2025-Q1"), Periods.containing(period("2025-W01"), Period.QUARTER));
    }

    @Test
    void containingQuarterOfAMonth() {
        assertEquals(period("2026-Q4"), Periods.containing(period("2026-11"), Period.QUARTER));
    }

    @Test
    void everyWeekBelongsToExactlyOneMonth() {
        for (ReportingPeriod week = period("2025-W50"); week.compareTo(period("2027-W03")) < 0; week = week.next()) {
            ReportingPeriod month = Periods.containing(week, Period.MONTH);
            assertEquals(1, Periods.parts(month, Period.WEEK).stream().filter(week::equals).count(), week::toString);
        }
    }

    @Test
    void noContainingPeriodOfAFinerGranularity() {
        assertThrows(IllegalArgumentException.class, () -> Periods.containing(period("2026-Q3"), Period.MONTH));
        assertThrows(IllegalArgumentException.class, () -> Periods.parts(period("2026-07"), Period.QUARTER));
    }
}
