package org.scorelink.scorecard.boundary;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scorelink.credentials.entity.Caller;
import org.scorelink.credentials.entity.Scope;
import org.scorelink.scorecard.control.ScorecardRefused;
import org.scorelink.scorecard.control.ScorecardRefused.Kind;
import org.scorelink.scorecard.entity.ReportingPeriod;

/**
 * Reading the parts of a scorecard API request, the one way every scorecard resource does it: the caller (and the
 * admin check), strict query parameters, the body's media type and UTF-8 text, {@code If-Match}, the reason header
 * and version numbers. Every refusal is a {@link ScorecardRefused} naming the header, parameter or field at fault;
 * {@link ScorecardRefusedMapper} answers it in Scorelink's error shape.
 */
final class ScorecardRequests {

    /** The header that says why a change is made (required for every change). */
    static final String REASON = "X-Scorelink-Reason";

    /** Media types a scorecard body may have (JSON is YAML: one parser reads both). */
    static final List<String> BODY_TYPES = List.of("application/json", "application/yaml", "application/x-yaml",
            "text/yaml", "text/x-yaml");

    private static final Pattern ENTITY_TAG = Pattern.compile("(W/)?\"([^\"]*)\"");
    private static final Pattern VERSION = Pattern.compile("[1-9][0-9]{0,8}");

    private ScorecardRequests() {
    }

    /** The authenticated caller (the credentials filter requires one on every {@code /api} path). */
    static Caller caller(HttpServletRequest request) {
        if (request.getAttribute(Caller.ATTRIBUTE) instanceof Caller c) {
            return c;
        }
        throw new ScorecardRefused(Kind.UNAUTHENTICATED, "Authorization: HTTP Basic credentials required");
    }

    /**
     * The caller, who must be allowed to read the store's scorecard reports: scope {@code scorelink/reports}
     * (executives) or {@code scorelink/admin} (403 otherwise).
     */
    static Caller reader(HttpServletRequest request, String path) {
        Caller c = caller(request);
        if (!c.isAdmin() && !c.has(Scope.REPORTS)) {
            throw new ScorecardRefused(Kind.FORBIDDEN, "scope '" + Scope.REPORTS.value() + "' or '"
                    + Scope.ADMIN.value() + "' required for " + path + "; client '" + c.clientKey() + "' has neither");
        }
        return c;
    }

    /** 400 for a query parameter that is not one of {@code allowed} or is given twice. */
    static void onlyParameters(Map<String, List<String>> query, Set<String> allowed) {
        for (var p : query.entrySet()) {
            if (!allowed.contains(p.getKey())) {
                throw new ScorecardRefused(Kind.INVALID, "parameter '" + p.getKey() + "' is not known here; allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
            if (p.getValue().size() > 1) {
                throw new ScorecardRefused(Kind.INVALID, "parameter '" + p.getKey() + "' given "
                        + p.getValue().size() + " times; give it once");
            }
        }
    }

    /** The media type without parameters (such as charset), in lower case; empty when absent. */
    static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The body's media type ({@link #mediaType}); 415 unless it is one of {@code accepted}, the message ending with
     * {@code "; send " + hint}.
     */
    static String contentType(String contentType, List<String> accepted, String hint) {
        String type = mediaType(contentType);
        if (!accepted.contains(type)) {
            throw new ScorecardRefused(Kind.UNSUPPORTED_MEDIA_TYPE, "Content-Type: "
                    + (type.isEmpty() ? "missing" : "'" + type + "' is not supported") + "; send " + hint);
        }
        return type;
    }

    /** 415 unless the Content-Type is one of {@link #BODY_TYPES} (parameters such as charset ignored). */
    static void checkContentType(String contentType) {
        contentType(contentType, BODY_TYPES, "the scorecard as " + String.join(", ", BODY_TYPES));
    }

    /** The body as UTF-8 text; 413 beyond {@code maxBytes}, 400 when it is not UTF-8. */
    static String text(InputStream body, int maxBytes) {
        byte[] bytes;
        try (InputStream in = body) {
            bytes = in == null ? new byte[0] : in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the request body failed", e);
        }
        if (bytes.length > maxBytes) {
            throw new ScorecardRefused(Kind.TOO_LARGE, "body: larger than " + maxBytes
                    + " bytes (scorelink.scorecard.max-body-bytes)");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ScorecardRefused(Kind.INVALID, "body: not UTF-8 text");
        }
    }

    /**
     * The version an {@code If-Match} header names: empty without the header or with {@code *} (any current
     * version matches). One entity tag, as the API sends it ({@code "3"}); a tag that is no version number can never
     * match (412).
     */
    static OptionalInt ifMatch(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return OptionalInt.empty();
        }
        Matcher m = ENTITY_TAG.matcher(header.strip());
        if (!m.matches()) {
            throw new ScorecardRefused(Kind.INVALID, "If-Match: '" + header.strip()
                    + "' is not one entity tag; send the ETag of the version the change is based on, e.g. \"3\"");
        }
        if (!VERSION.matcher(m.group(2)).matches()) {
            throw new ScorecardRefused(Kind.STALE, "If-Match: " + header.strip()
                    + " is not the ETag of any scorecard version");
        }
        return OptionalInt.of(Integer.parseInt(m.group(2)));
    }

    /**
     * The reason header's text. HTTP header values arrive as ISO-8859-1 characters; a client that sent UTF-8 (any
     * non-ASCII reason) gets its text back decoded as UTF-8.
     */
    static String reason(String header) {
        if (header == null) {
            throw new ScorecardRefused(Kind.INVALID, REASON + ": required: say why the scorecard changes");
        }
        byte[] bytes = header.getBytes(StandardCharsets.ISO_8859_1);
        String text = header;
        if (new String(bytes, StandardCharsets.ISO_8859_1).equals(header)) {
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                text = header; // really ISO-8859-1
            }
        }
        if (text.isBlank()) {
            throw new ScorecardRefused(Kind.INVALID, REASON + ": must not be blank: say why the scorecard changes");
        }
        return text.strip();
    }

    /** A reporting period in query parameter {@code name}; 400 naming it when {@code value} is none. */
    static ReportingPeriod period(String name, String value) {
        return ReportingPeriod.parse(value).orElseThrow(() -> new ScorecardRefused(Kind.INVALID, name + ": '" + value
                + "' is not a period: write " + ReportingPeriod.FORMS));
    }

    /** A version number in a path or query parameter. */
    static int versionNumber(String name, String value) {
        if (value == null || !VERSION.matcher(value).matches()) {
            throw new ScorecardRefused(Kind.INVALID, name + ": '" + value + "' is not a version number (1, 2, …)");
        }
        return Integer.parseInt(value);
    }
}
