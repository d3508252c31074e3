package org.scorelink.scorecard.entity;

/**
 * How a measure moved since the previous period, judged by its direction (a falling defect rate improves).
 * <p>Written in JSON in lower case ({@link Keywords}).
 */
public enum TrendDirection {
    /** Moved the better way. */
    IMPROVING,
    /** Moved the worse way. */
    WORSENING,
    /** Did not move. */
    FLAT,
    /** This period or the previous one has no value. */
    UNKNOWN;
}
