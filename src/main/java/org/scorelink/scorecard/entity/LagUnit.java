package org.scorelink.scorecard.entity;

/**
 * Unit of a causal link's expected lag range.
 * <p>Written in files and JSON in lower case ({@link Keywords}).
 */
public enum LagUnit {
    /** Weeks. */
    WEEKS,
    /** Months. */
    MONTHS;
}
