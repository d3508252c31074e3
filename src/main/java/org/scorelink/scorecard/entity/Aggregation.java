package org.scorelink.scorecard.entity;

/**
 * How values of one measure combine across org units (children into their parent) and into coarser periods.
 * <p>Written in files and JSON in lower case ({@link Keywords}).
 */
public enum Aggregation {
    /** Added up (hours, cost, headcount). */
    SUM,
    /** Plain mean of the parts. */
    MEAN,
    /** Mean weighted by another measure's value in the same org unit and period ({@code weightMeasure}). */
    WEIGHTED_MEAN,
    /** Sum of numerators over sum of denominators (each value carries both). */
    RATE;
}
