package org.scorelink.xapi.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.scorelink.credentials.boundary.ErrorResponses;
import org.scorelink.xapi.control.XapiException;

/**
 * The single place that turns an {@link XapiException} into an HTTP error: status from the kind, a JSON
 * body whose message names the property or parameter at fault. The xAPI headers are added by
 * {@link XapiHeadersFilter}, which sees every response.
 */
@Provider
public class XapiExceptionMapper implements ExceptionMapper<XapiException> {

    @Override
    public Response toResponse(XapiException e) {
        return error(e.kind().status(), e.getMessage());
    }

    static Response error(int status, String message) {
        return ErrorResponses.error(status, message);
    }
}
