package org.scorelink.scorecard.control;

import java.util.Objects;
import java.util.Optional;

/**
 * Something wrong with a scorecard.
 *
 * @param severity error (refused) or warning
 * @param path     the field at fault, e.g. {@code measures[3].formula} — list positions are those of the source
 *                 document; empty for the document itself
 * @param location where in the source text, when it came from a text
 * @param message  what is wrong, naming the values involved
 */
public record Problem(Severity severity, String path, Optional<Location> location, String message) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(String path, Optional<Location> location, String message) {
        return new Problem(Severity.ERROR, path, location, message);
    }

    public static Problem warning(String path, Optional<Location> location, String message) {
        return new Problem(Severity.WARNING, path, location, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code ERROR 12:5 measures[3].formula: message}. */
    @Override
    public String toString() {
        return severity + location.map(l -> " " + l).orElse("") + (path.isEmpty() ? "" : " " + path) + ": "
                + message;
    }
}
