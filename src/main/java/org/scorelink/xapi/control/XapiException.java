package org.scorelink.xapi.control;

/**
 * The one exception of the xAPI component: an error kind (which decides the HTTP status) and a
 * message that names the property or parameter at fault and the rule it breaks.
 */
public class XapiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Error kinds of the xAPI Communication part, section 3.2 (Error Codes). */
    public enum Kind {
        BAD_REQUEST(400),
        UNAUTHORIZED(401),
        FORBIDDEN(403),
        NOT_FOUND(404),
        METHOD_NOT_ALLOWED(405),
        CONFLICT(409),
        PRECONDITION_FAILED(412),
        PAYLOAD_TOO_LARGE(413),
        UNSUPPORTED_MEDIA_TYPE(415),
        TOO_MANY_REQUESTS(429),
        UNAVAILABLE(503);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;

    public XapiException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static XapiException badRequest(String message) {
        return new XapiException(Kind.BAD_REQUEST, message);
    }

    /** A statement property breaks a rule: "{path}: {rule}". */
    public static XapiException invalid(String path, String rule) {
        return new XapiException(Kind.BAD_REQUEST, path + ": " + rule);
    }

    public static XapiException forbidden(String message) {
        return new XapiException(Kind.FORBIDDEN, message);
    }

    public static XapiException notFound(String message) {
        return new XapiException(Kind.NOT_FOUND, message);
    }

    public static XapiException conflict(String message) {
        return new XapiException(Kind.CONFLICT, message);
    }
}
