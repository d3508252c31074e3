package org.scorelink.credentials.boundary;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The error shape shared with the xAPI component ({@code {"error":true,"code":401,"message":"..."}}),
 * built here because credentials must not depend on xapi.
 */
final class ErrorResponses {

    static final String CHALLENGE = "Basic realm=\"Scorelink LRS\"";

    private ErrorResponses() {
    }

    static Response error(int status, String message) {
        var body = Json.createObjectBuilder()
                .add("error", true)
                .add("code", status)
                .add("message", message == null ? "" : message)
                .build();
        var builder = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body.toString());
        if (status == 401) {
            builder.header("WWW-Authenticate", CHALLENGE);
        }
        return builder.build();
    }
}
