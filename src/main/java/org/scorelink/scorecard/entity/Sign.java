package org.scorelink.scorecard.entity;

/**
 * The expected direction of a causal link's effect.
 * <p>Written in files and JSON in lower case ({@link Keywords}).
 */
public enum Sign {
    /** More of the cause, more of the effect. */
    POSITIVE,
    /** More of the cause, less of the effect. */
    NEGATIVE;
}
