package org.scorelink.scorecard.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One concrete period: an ISO week {@code 2026-W47}, a month {@code 2026-11} or a quarter {@code 2026-Q4}.
 *
 * @param year  the (ISO week-based, for weeks) year, 1000–9999
 * @param unit  the granularity
 * @param index week 1–52/53, month 1–12 or quarter 1–4
 */
public record ReportingPeriod(int year, Period unit, int index) implements Comparable<ReportingPeriod> {

    /** How a period is written, for messages. */
    public static final String FORMS = "a week 2026-W47, a month 2026-11 or a quarter 2026-Q4";

    private static final Pattern FORM = Pattern.compile("([0-9]{4})-(?:W([0-9]{2})|([0-9]{2})|Q([0-9]))");

    public ReportingPeriod {
        Objects.requireNonNull(unit, "unit");
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        int max = switch (unit) {
            case WEEK -> (int) LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
            case MONTH -> 12;
            case QUARTER -> 4;
        };
        if (index < 1 || index > max) {
            throw new IllegalArgumentException(unit + " " + index + " does not exist in " + year);
        }
    }

    /** The period written {@code text}, or empty when it is not one (wrong form, week 53 of a 52-week year...). */
    public static Optional<ReportingPeriod> parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        Period unit = m.group(2) != null ? Period.WEEK : m.group(3) != null ? Period.MONTH : Period.QUARTER;
        int index = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4));
        try {
            return Optional.of(new ReportingPeriod(year, unit, index));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The period of the given granularity that contains {@code day} (for weeks, the ISO week). */
    public static ReportingPeriod of(LocalDate day, Period unit) {
        return switch (unit) {
            case WEEK -> new ReportingPeriod(day.get(IsoFields.WEEK_BASED_YEAR), unit,
                    day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> new ReportingPeriod(day.getYear(), unit, day.getMonthValue());
            case QUARTER -> new ReportingPeriod(day.getYear(), unit, day.get(IsoFields.QUARTER_OF_YEAR));
        };
    }

    /** The period just before this one, of the same granularity. */
    public ReportingPeriod previous() {
        return of(start().minusDays(1), unit);
    }

    /** The period just after this one, of the same granularity. */
    public ReportingPeriod next() {
        return of(end().plusDays(1), unit);
    }

    /** The last day of the period (Sunday for weeks). */
    public LocalDate end() {
        return switch (unit) {
            case WEEK -> start().plusDays(6);
            case MONTH -> start().plusMonths(1).minusDays(1);
            case QUARTER -> start().plusMonths(3).minusDays(1);
        };
    }

    /** The first day of the period (Monday for weeks). */
    public LocalDate start() {
        return switch (unit) {
            case WEEK -> LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, index)
                    .with(DayOfWeek.MONDAY);
            case MONTH -> LocalDate.of(year, index, 1);
            case QUARTER -> LocalDate.of(year, 3 * index - 2, 1);
        };
    }

    /** Orders by start day, then coarser before finer. */
    @Override
    public int compareTo(ReportingPeriod o) {
        int c = start().compareTo(o.start());
        return c != 0 ? c : o.unit.compareTo(unit);
    }

    @Override
    public String toString() {
        return switch (unit) {
            case WEEK -> String.format("%04d-W%02d", year, index);
            case MONTH -> String.format("%04d-%02d", year, index);
            case QUARTER -> String.format("%04d-Q%d", year, index);
        };
    }
}
