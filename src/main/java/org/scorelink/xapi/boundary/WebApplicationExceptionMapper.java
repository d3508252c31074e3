package org.scorelink.xapi.boundary;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Framework errors (unknown path, wrong method, bad media type) get the same JSON error shape. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response r = e.getResponse();
        String message = switch (r.getStatus()) {
            case 404 -> "no such resource";
            case 405 -> "method not allowed on this resource";
            case 406 -> "cannot produce the requested media type";
            case 415 -> "unsupported Content-Type";
            default -> e.getMessage();
        };
        Response mapped = XapiExceptionMapper.error(r.getStatus(), message);
        if (r.getHeaderString("Allow") != null) {
            return Response.fromResponse(mapped).header("Allow", r.getHeaderString("Allow")).build();
        }
        return mapped;
    }
}
