package org.scorelink.scorecard.entity;

/**
 * Which way a measure improves; decides the sign of a target's distance from its baseline.
 * <p>Written in files and JSON in lower case ({@link Keywords}).
 */
public enum Direction {
    /** Larger values are better (target above baseline). */
    HIGHER_IS_BETTER,
    /** Smaller values are better (target below baseline). */
    LOWER_IS_BETTER;
}
