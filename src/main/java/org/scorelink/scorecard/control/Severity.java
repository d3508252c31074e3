package org.scorelink.scorecard.control;

/** How bad a {@link Problem} is. */
public enum Severity {
    /** The scorecard is refused. */
    ERROR,
    /** Accepted, but probably not what was meant. */
    WARNING
}
