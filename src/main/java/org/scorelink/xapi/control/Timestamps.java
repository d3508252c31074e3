package org.scorelink.xapi.control;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Optional;
import org.scorelink.xapi.entity.XapiVersion;

/**
 * ISO 8601 / RFC 3339 timestamps as xAPI uses them (Data 4.5; xAPI 2.0 4.2.7).
 *
 * <p>Accepted (both versions): a calendar date-time in ISO 8601 extended
 * ({@code 2024-03-01T10:15:30.123+01:00}) or basic ({@code 20240301T101530.123+0100}) format, with
 * at least hours and minutes, optional seconds and fraction ({@code .} or {@code ,}, any number of
 * digits, truncated to nanoseconds), and a mandatory time zone: {@code Z}, {@code ±hh},
 * {@code ±hh:mm} or {@code ±hhmm}. Non-UTC offsets are converted to UTC. A negative zero offset
 * ({@code -00}, {@code -0000}, {@code -00:00}: RFC 3339's "unknown local offset") is rejected, as
 * the ADL conformance suite requires. A leap second ({@code :60}) is accepted and rolls over.
 *
 * <p>xAPI 2.0 additionally accepts the RFC 3339 variants: {@code t} or a space as the date/time
 * separator and a lowercase {@code z}.
 *
 * <p>Hand-written parser: no regex, no exceptions for control flow.
 */
public final class Timestamps {

    private Timestamps() {
    }

    /**
     * Parses an xAPI timestamp with the most lenient (xAPI 2.0) rules; empty when it is not a valid
     * ISO 8601 / RFC 3339 date-time with a time zone.
     */
    public static Optional<Instant> parse(String value) {
        return parse(value, XapiVersion.V2_0_0);
    }

    /** Parses an xAPI timestamp with the rules of the given version; empty when invalid. */
    public static Optional<Instant> parse(String value, XapiVersion version) {
        return Optional.ofNullable(parseOrNull(value, version));
    }

    /** True when {@code value} is a valid timestamp for {@code version}. */
    public static boolean isValid(String value, XapiVersion version) {
        return parseOrNull(value, version) != null;
    }

    private static Instant parseOrNull(String s, XapiVersion version) {
        if (s == null) {
            return null;
        }
        boolean rfc3339 = version == null || version.isTwo();
        int n = s.length();
        if (n < 14) {
            return null;
        }
        int year = digits(s, 0, 4);
        if (year < 0) {
            return null;
        }
        boolean extended = s.charAt(4) == '-';
        int p = 4;
        int month;
        int day;
        if (extended) {
            month = digits(s, 5, 2);
            if (s.charAt(7) != '-') {
                return null;
            }
            day = digits(s, 8, 2);
            p = 10;
        } else {
            month = digits(s, 4, 2);
            day = digits(s, 6, 2);
            p = 8;
        }
        if (month < 1 || month > 12 || day < 1 || day > java.time.Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        char sep = s.charAt(p);
        if (!(sep == 'T' || (rfc3339 && (sep == 't' || sep == ' ')))) {
            return null;
        }
        p++;
        int hour = digits(s, p, 2);
        p += 2;
        if (extended) {
            if (p >= n || s.charAt(p) != ':') {
                return null;
            }
            p++;
        }
        int minute = digits(s, p, 2);
        p += 2;
        int second = 0;
        int nanos = 0;
        if (extended ? (p < n && s.charAt(p) == ':') : (p < n && isDigit(s.charAt(p)))) {
            if (extended) {
                p++;
            }
            second = digits(s, p, 2);
            p += 2;
            if (p < n && (s.charAt(p) == '.' || s.charAt(p) == ',')) {
                p++;
                int start = p;
                int scale = 100_000_000;
                while (p < n && isDigit(s.charAt(p))) {
                    nanos += (s.charAt(p) - '0') * scale;
                    scale /= 10;
                    p++;
                }
                if (p == start) {
                    return null;
                }
            }
        }
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60 || p >= n) {
            return null;
        }
        // time zone (mandatory)
        int offsetSeconds;
        char z = s.charAt(p);
        if (z == 'Z' || (rfc3339 && z == 'z')) {
            offsetSeconds = 0;
            p++;
        } else if (z == '+' || z == '-') {
            p++;
            int oh = digits(s, p, 2);
            p += 2;
            int om = 0;
            if (p < n) {
                if (s.charAt(p) == ':') {
                    p++;
                }
                om = digits(s, p, 2);
                p += 2;
            }
            if (oh < 0 || om < 0 || om > 59 || oh > 18 || (oh == 18 && om > 0)) {
                return null;
            }
            if (z == '-' && oh == 0 && om == 0) {
                return null; // negative zero: "unknown local offset" (RFC 3339 4.3), not a time zone
            }
            offsetSeconds = (oh * 3600 + om * 60) * (z == '-' ? -1 : 1);
        } else {
            return null;
        }
        if (p != n) {
            return null;
        }
        boolean leap = second == 60;
        LocalDateTime ldt = LocalDateTime.of(year, month, day, hour, minute, leap ? 59 : second, nanos);
        Instant instant = ldt.toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
        return leap ? instant.plusSeconds(1) : instant;
    }

    /** The non-negative value of {@code count} decimal digits at {@code from}, or -1. */
    private static int digits(String s, int from, int count) {
        if (from < 0 || from + count > s.length()) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
