package org.scorelink.scorecard.entity;

/**
 * Where a measure's values come from.
 * <p>Written in files and JSON in lower case ({@link Keywords}).
 */
public enum Source {
    /** Derived from xAPI statements (defined by the measures component). */
    LEARNING,
    /** Imported business data (process, customer, financial series). */
    OUTCOME,
    /** Computed from other measures of the same org unit and period by {@code formula}. */
    FORMULA,
    /** Entered by hand through the admin API. */
    MANUAL;
}
