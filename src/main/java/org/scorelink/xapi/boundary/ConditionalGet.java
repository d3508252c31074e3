package org.scorelink.xapi.boundary;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.scorelink.xapi.control.DocumentStore;
import org.scorelink.xapi.control.Micros;

/**
 * A JSON answer to GET (and HEAD) with validators, for resources whose representation is computed: a strong
 * {@code ETag}, the quoted lowercase SHA-1 hex of the body bytes (Communication 3.1.s4.b1, b2, b4; IEEE 9274.1.1
 * 4.1.4), and {@code Last-Modified} when known. A request whose {@code If-None-Match} matches, or, without
 * {@code If-None-Match}, whose {@code If-Modified-Since} is not older than {@code Last-Modified}, gets
 * {@code 304 Not Modified} with the validators and no body (RFC 9110 13.1.2, 13.1.3, 13.2.2).
 */
final class ConditionalGet {

    /** The HTTP-date forms a recipient must accept (RFC 9110 5.6.7): IMF-fixdate, RFC 850, asctime. */
    private static final List<DateTimeFormatter> HTTP_DATES = List.of(DateTimeFormatter.RFC_1123_DATE_TIME,
            rfc850(), DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC));

    private ConditionalGet() {
    }

    /** A two-digit year more than 50 years ahead is the latest past year with those digits (RFC 9110 5.6.7). */
    private static DateTimeFormatter rfc850() {
        return new DateTimeFormatterBuilder().appendPattern("EEEE, dd-MMM-")
                .appendValueReduced(ChronoField.YEAR, 2, 2, LocalDate.now(ZoneOffset.UTC).minusYears(49))
                .appendPattern(" HH:mm:ss zzz").toFormatter(Locale.US);
    }

    /** 200 with {@code json} and its validators, or 304 when the request's conditions say the client has it. */
    static Response answer(HttpHeaders headers, String json, OptionalLong lastModifiedMicros) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String etag = etag(body);
        Optional<Instant> lastModified = lastModifiedMicros.isPresent()
                ? Optional.of(Micros.toInstant(lastModifiedMicros.getAsLong()).truncatedTo(ChronoUnit.SECONDS))
                : Optional.empty();
        boolean notModified = notModified(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                headers.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), etag, lastModified);
        Response.ResponseBuilder rb = notModified ? Response.notModified() : Response.ok(body, MediaType.APPLICATION_JSON);
        rb.header(HttpHeaders.ETAG, etag);
        lastModified.ifPresent(t -> rb.lastModified(Date.from(t)));
        return rb.build();
    }

    /** The strong entity tag of a body: quoted lowercase SHA-1 hex (Communication 3.1.s4.b2, b4). */
    static String etag(byte[] body) {
        return "\"" + DocumentStore.etag(body) + "\"";
    }

    /**
     * Whether a GET with these request headers is answered 304 (RFC 9110 13.2.2): {@code If-None-Match} decides
     * when present ({@code *} or a tag equal to {@code etag} under weak comparison); otherwise
     * {@code If-Modified-Since}, when it is a valid HTTP-date and the resource has a {@code lastModified}.
     */
    static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag,
            Optional<Instant> lastModified) {
        if (ifNoneMatch != null) {
            String opaque = opaque(etag);
            return ifNoneMatch.trim().equals("*") || tags(ifNoneMatch).stream().anyMatch(opaque::equals);
        }
        if (ifModifiedSince == null || lastModified.isEmpty()) {
            return false;
        }
        return httpDate(ifModifiedSince).map(since -> !lastModified.get().isAfter(since)).orElse(false);
    }

    /** The opaque parts ({@code "..."}, weakness ignored) of an {@code If-None-Match} list; malformed → none. */
    static List<String> tags(String header) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = header.length();
        while (i < n) {
            char ch = header.charAt(i);
            if (ch == ' ' || ch == '\t' || ch == ',') {
                i++;
                continue;
            }
            if (header.startsWith("W/", i)) {
                i += 2;
            }
            if (i >= n || header.charAt(i) != '"') {
                return List.of();
            }
            int end = header.indexOf('"', i + 1);
            if (end < 0) {
                return List.of();
            }
            out.add(header.substring(i, end + 1));
            i = end + 1;
        }
        return out;
    }

    private static String opaque(String etag) {
        return etag.startsWith("W/") ? etag.substring(2) : etag;
    }

    /** An HTTP-date in any of its three forms; anything else is ignored (RFC 9110 13.1.3). */
    static Optional<Instant> httpDate(String value) {
        for (DateTimeFormatter f : HTTP_DATES) {
            try {
                return Optional.of(ZonedDateTime.parse(value.trim(), f).toInstant());
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
