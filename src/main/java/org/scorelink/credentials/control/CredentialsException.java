package org.scorelink.credentials.control;

/**
 * The one exception of the credentials component: a kind that decides the HTTP status, and a message
 * that names the field or parameter at fault ({@code "scopes[1]: unknown scope 'foo'"}).
 */
public class CredentialsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        BAD_REQUEST(400),
        UNAUTHORIZED(401),
        FORBIDDEN(403),
        NOT_FOUND(404),
        CONFLICT(409);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;

    public CredentialsException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** "{field}: {rule}". */
    public static CredentialsException invalid(String field, String rule) {
        return new CredentialsException(Kind.BAD_REQUEST, field + ": " + rule);
    }

    public static CredentialsException unauthorized(String message) {
        return new CredentialsException(Kind.UNAUTHORIZED, message);
    }

    public static CredentialsException notFound(String message) {
        return new CredentialsException(Kind.NOT_FOUND, message);
    }

    public static CredentialsException conflict(String message) {
        return new CredentialsException(Kind.CONFLICT, message);
    }
}
