package org.scorelink.credentials.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.scorelink.credentials.control.CredentialsException;

/** Status from the kind, message as thrown (it names the field at fault). */
@Provider
public class CredentialsExceptionMapper implements ExceptionMapper<CredentialsException> {

    @Override
    public Response toResponse(CredentialsException e) {
        return ErrorResponses.error(e.kind().status(), e.getMessage());
    }
}
