package org.scorelink.xapi.boundary;

import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Last line of defence: malformed JSON is the client's fault (400); anything else is logged with its
 * stack and answered 500 without internals.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<RuntimeException> {

    private static final System.Logger LOG = System.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof JsonParsingException || cause instanceof jakarta.json.JsonException) {
                return XapiExceptionMapper.error(400, "body: not valid JSON: " + cause.getMessage());
            }
            cause = cause.getCause();
        }
        LOG.log(System.Logger.Level.ERROR, "unexpected error", e);
        return XapiExceptionMapper.error(500, "internal error; see server log");
    }
}
