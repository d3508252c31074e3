package org.scorelink.xapi.control;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** ISO 8601 / RFC 3339 timestamps as xAPI uses them. STUB: replaced by the full version. */
public final class Timestamps {

    private Timestamps() {
    }

    /** Parses an xAPI timestamp; empty when it is not a valid ISO 8601 date-time with offset. */
    public static Optional<Instant> parse(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
