package org.scorelink.scorecard.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.scorelink.scorecard.entity.Period;
import org.scorelink.scorecard.entity.ReportingPeriod;

/**
 * How periods of different granularities nest. Months nest in quarters. Weeks do not nest in months or quarters,
 * so a week belongs to the month (quarter) that holds its Thursday — the ISO 8601 rule that also gives a week its
 * year — and a month's weeks are those whose Thursday falls in it.
 */
public final class Periods {

    private Periods() {
    }

    /** True when {@code a} is a coarser granularity than {@code b} (quarter over month over week). */
    public static boolean coarser(Period a, Period b) {
        return a.compareTo(b) > 0;
    }

    /** The day that decides which month and quarter a period belongs to: a week's Thursday, else its first day. */
    static LocalDate anchor(ReportingPeriod p) {
        return p.unit() == Period.WEEK ? p.start().plusDays(3) : p.start();
    }

    /**
     * The period of granularity {@code unit} that contains {@code p} ({@code p} itself when it has that
     * granularity).
     *
     * @throws IllegalArgumentException when {@code unit} is finer than {@code p}'s
     */
    public static ReportingPeriod containing(ReportingPeriod p, Period unit) {
        if (coarser(p.unit(), unit)) {
            throw new IllegalArgumentException(p + " is not within a single " + unit.name().toLowerCase());
        }
        return unit == p.unit() ? p : ReportingPeriod.of(anchor(p), unit);
    }

    /**
     * The periods of the finer granularity {@code unit} that make up {@code p}, in order ({@code p} alone when it
     * has that granularity).
     *
     * @throws IllegalArgumentException when {@code unit} is coarser than {@code p}'s
     */
    public static List<ReportingPeriod> parts(ReportingPeriod p, Period unit) {
        if (coarser(unit, p.unit())) {
            throw new IllegalArgumentException(p + " is shorter than a " + unit.name().toLowerCase());
        }
        if (unit == p.unit()) {
            return List.of(p);
        }
        List<ReportingPeriod> parts = new ArrayList<>();
        ReportingPeriod part = ReportingPeriod.of(p.start(), unit);
        if (anchor(part).isBefore(p.start())) {
            part = part.next();
        }
        while (!anchor(part).isAfter(p.end())) {
            parts.add(part);
            part = part.next();
        }
        return List.copyOf(parts);
    }

    /** The granularity's name in messages: {@code weekly}, {@code monthly}, {@code quarterly}. */
    public static String adjective(Period unit) {
        return switch (unit) {
            case WEEK -> "weekly";
            case MONTH -> "monthly";
            case QUARTER -> "quarterly";
        };
    }

    /** A period of that granularity as an example: {@code 2026-W47}, {@code 2026-11}, {@code 2026-Q4}. */
    public static String example(Period unit) {
        return switch (unit) {
            case WEEK -> "2026-W47";
            case MONTH -> "2026-11";
            case QUARTER -> "2026-Q4";
        };
    }
}
