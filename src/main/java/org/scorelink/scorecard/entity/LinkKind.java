package org.scorelink.scorecard.entity;

/**
 * Whether a causal link is a hypothesis to test or holds by definition.
 * <p>Written in files and JSON in lower case ({@link Keywords}).
 */
public enum LinkKind {
    /** A hypothesis: later analysis tests it against data. */
    EMPIRICAL,
    /** True by definition (e.g. a formula's input); never "validated" by data. */
    LOGICAL;
}
