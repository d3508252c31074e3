package org.scorelink.xapi.control;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Storage sequences are stored times in microseconds since the epoch. */
public final class Micros {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Micros() {
    }

    public static long now() {
        Instant i = Instant.now();
        return i.getEpochSecond() * 1_000_000L + i.getNano() / 1_000;
    }

    public static long of(Instant i) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, i);
    }

    public static Instant toInstant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    /** ISO 8601 UTC with microsecond precision, as sent in {@code stored} and consistency headers. */
    public static String format(long micros) {
        return ISO.format(toInstant(micros));
    }
}
