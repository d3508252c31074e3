package org.scorelink.scorecard.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import java.util.Set;
import org.scorelink.credentials.boundary.ErrorResponses;
import org.scorelink.credentials.entity.Caller;
import org.scorelink.credentials.entity.Scope;
import org.scorelink.scorecard.control.Problem;
import org.scorelink.scorecard.control.ScorecardJson;

/**
 * What the scorecard resources share: the caller, the admin check of {@code /api/scorecard}, strict query
 * parameters, request bodies and errors in Scorelink's error shape.
 */
final class ScorecardCalls {

    /** A request refused with a status and a message naming the parameter or field at fault. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        Refused(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }

        Response response() {
            return ErrorResponses.error(status, getMessage());
        }
    }

    private ScorecardCalls() {
    }

    /** The authenticated caller (the credentials filter requires one on every {@code /api} path). */
    static Caller caller(HttpServletRequest request) {
        if (request.getAttribute(Caller.ATTRIBUTE) instanceof Caller c) {
            return c;
        }
        throw new Refused(401, "Authorization: HTTP Basic credentials required");
    }

    /** The caller, who must have scope {@code scorelink/admin} (403 otherwise). */
    static Caller admin(HttpServletRequest request, String path) {
        Caller c = caller(request);
        if (!c.isAdmin()) {
            throw new Refused(403, "scope '" + Scope.ADMIN.value() + "' required for " + path + "; client '"
                    + c.clientKey() + "' lacks it");
        }
        return c;
    }

    /** 400 for a query parameter that is not one of {@code allowed} or is given twice. */
    static void onlyParameters(Map<String, List<String>> query, Set<String> allowed) {
        for (var p : query.entrySet()) {
            if (!allowed.contains(p.getKey())) {
                throw new Refused(400, "parameter '" + p.getKey() + "' is not known here; allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
            if (p.getValue().size() > 1) {
                throw new Refused(400, "parameter '" + p.getKey() + "' given " + p.getValue().size()
                        + " times; give it once");
            }
        }
    }

    /** The media type without parameters, in lower case; empty when absent. */
    static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
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
            throw new Refused(413, "body: larger than " + maxBytes + " bytes (scorelink.scorecard.max-body-bytes)");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Refused(400, "body: not UTF-8 text");
        }
    }

    /**
     * 400 with every problem: {@code {"error":true,"code":400,"message":"…","problems":[{severity, path,
     * message}]}}; the message names the first.
     */
    static Response problems(String what, List<Problem> problems) {
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        String first = errors.isEmpty() ? "" : ": " + errors.get(0).path() + ": " + errors.get(0).message();
        String message = what + ": " + (errors.size() == 1 ? "1 error" + first
                : errors.size() + " errors, the first" + first) + "; nothing was written";
        JsonArrayBuilder list = ScorecardJson.array();
        for (Problem p : problems) {
            list.add(ScorecardJson.object().add("severity", p.severity().name().toLowerCase(Locale.ROOT))
                    .add("path", p.path()).add("message", p.message()));
        }
        var body = ScorecardJson.object().add("error", true).add("code", 400).add("message", message)
                .add("problems", list);
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(ScorecardJson.write(body.build()))
                .build();
    }
}
