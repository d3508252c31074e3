package org.scorelink.scorecard.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scorelink.scorecard.control.ScorecardRefused;

/** Reading the parts of an admin request: body text, its media type, {@code If-Match}, the reason header. */
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

    /** 415 unless the Content-Type is one of {@link #BODY_TYPES} (parameters such as charset ignored). */
    static void checkContentType(String contentType) {
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!BODY_TYPES.contains(type)) {
            throw new ScorecardRefused(ScorecardRefused.Kind.UNSUPPORTED_MEDIA_TYPE, "Content-Type: "
                    + (type.isEmpty() ? "missing" : "'" + type + "' is not supported") + "; send the scorecard as "
                    + String.join(", ", BODY_TYPES));
        }
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
            throw new ScorecardRefused(ScorecardRefused.Kind.TOO_LARGE, "body: larger than " + maxBytes
                    + " bytes (scorelink.scorecard.max-body-bytes)");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ScorecardRefused(ScorecardRefused.Kind.INVALID, "body: not UTF-8 text");
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
            throw new ScorecardRefused(ScorecardRefused.Kind.INVALID, "If-Match: '" + header.strip()
                    + "' is not one entity tag; send the ETag of the version the change is based on, e.g. \"3\"");
        }
        if (!VERSION.matcher(m.group(2)).matches()) {
            throw new ScorecardRefused(ScorecardRefused.Kind.STALE, "If-Match: " + header.strip()
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
            throw new ScorecardRefused(ScorecardRefused.Kind.INVALID, REASON + ": required: say why the scorecard "
                    + "changes");
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
            throw new ScorecardRefused(ScorecardRefused.Kind.INVALID, REASON + ": must not be blank: say why the "
                    + "scorecard changes");
        }
        return text.strip();
    }

    /** A version number in a path or query parameter. */
    static int versionNumber(String name, String value) {
        if (value == null || !VERSION.matcher(value).matches()) {
            throw new ScorecardRefused(ScorecardRefused.Kind.INVALID, name + ": '" + value
                    + "' is not a version number (1, 2, …)");
        }
        return Integer.parseInt(value);
    }
}
