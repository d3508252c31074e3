package org.scorelink.scorecard.control;

/**
 * A place in a scorecard file.
 *
 * @param line   1-based line
 * @param column 1-based column
 */
public record Location(int line, int column) {

    /** {@code line:column}. */
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
