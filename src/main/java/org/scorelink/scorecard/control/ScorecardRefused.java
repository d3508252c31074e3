package org.scorelink.scorecard.control;

import java.util.List;

/**
 * A scorecard API request that was refused (a change not made, a report or values not given): a kind that decides
 * the HTTP status, a message naming the header, field, parameter or element at fault, and — for an invalid scorecard,
 * invalid values or a deletion of something still referenced — every problem. The one error type of the scorecard
 * API; {@code boundary.ScorecardRefusedMapper} answers it as {@code {error, code, message, problems?}}.
 */
public class ScorecardRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** The scorecard or element has errors, or the request lacks something (a reason) or is malformed. */
        INVALID(400),
        /** No credentials (the credentials filter normally answers this before a resource runs). */
        UNAUTHENTICATED(401),
        /** The caller lacks scope {@code scorelink/admin}. */
        FORBIDDEN(403),
        /** No such version or element. */
        NOT_FOUND(404),
        /** The element is still referenced, or cannot be deleted. */
        CONFLICT(409),
        /** The scorecard is not at the version the change was based on (If-Match). */
        STALE(412),
        /** The request body is too large. */
        TOO_LARGE(413),
        /** The request body's media type is not one the endpoint reads. */
        UNSUPPORTED_MEDIA_TYPE(415);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final transient List<Problem> problems;

    public ScorecardRefused(Kind kind, String message, List<Problem> problems) {
        super(message);
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    public ScorecardRefused(Kind kind, String message) {
        this(kind, message, List.of());
    }

    /** The scorecard has errors: every problem, warnings included. */
    public static ScorecardRefused invalid(List<Problem> problems) {
        return new ScorecardRefused(Kind.INVALID, summary("scorecard", problems), problems);
    }

    /**
     * {@code what: 2 errors, the first: measures[3].formula (12:5): message} — the message of a refusal for
     * {@code problems}, naming the first error's field.
     */
    public static String summary(String what, List<Problem> problems) {
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        String first = errors.isEmpty() ? "" : ": " + describe(errors.get(0));
        return what + ": " + (errors.size() == 1 ? "1 error" + first : errors.size() + " errors, the first" + first);
    }

    /** {@code measures[3].formula (12:5): message}. */
    static String describe(Problem p) {
        return (p.path().isEmpty() ? "the document" : p.path()) + p.location().map(l -> " (" + l + ")").orElse("")
                + ": " + p.message();
    }

    public Kind kind() {
        return kind;
    }

    /** Every problem found; empty when the refusal is not about the scorecard's content. */
    public List<Problem> problems() {
        return problems;
    }
}
