package org.scorelink.scorecard.entity;

/**
 * Red / amber / green: how a measure's actual compares with its target.
 * <p>Written in JSON in lower case ({@link Keywords}).
 */
public enum Status {
    /** On target. */
    GREEN,
    /** Close to the target. */
    AMBER,
    /** Off target. */
    RED;
}
