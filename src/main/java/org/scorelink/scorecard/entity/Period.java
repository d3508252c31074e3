package org.scorelink.scorecard.entity;

/**
 * The granularity at which a measure is recorded and scored.
 * <p>Written in files and JSON in lower case ({@link Keywords}).
 */
public enum Period {
    /** ISO week, written {@code 2026-W47}. */
    WEEK,
    /** Calendar month, written {@code 2026-11}. */
    MONTH,
    /** Calendar quarter, written {@code 2026-Q4}. */
    QUARTER;
}
