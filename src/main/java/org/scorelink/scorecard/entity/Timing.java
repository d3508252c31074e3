package org.scorelink.scorecard.entity;

/**
 * Whether a measure moves early (a driver) or late (an outcome) along the causal chain.
 * <p>Written in files and JSON in lower case ({@link Keywords}).
 */
public enum Timing {
    /** A driver, expected to move before the outcomes it causes. */
    LEADING,
    /** An outcome, moving after its drivers. */
    LAGGING;
}
