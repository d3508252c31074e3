package org.scorelink.credentials.boundary;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The one error shape of every Scorelink API ({@code {"error":true,"code":401,"message":"..."}}). It lives
 * here because credentials must not depend on xapi; the xAPI component uses it too.
 */
public final class ErrorResponses {

    static final String CHALLENGE = "Basic realm=\"Scorelink LRS\"";

    private ErrorResponses() {
    }

    public static Response error(int status, String message) {
        var builder = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body(status, message));
        if (status == 401) {
            builder.header("WWW-Authenticate", CHALLENGE);
        }
        return builder.build();
    }

    /** The error body alone, for answers written outside JAX-RS (servlet filters). */
    public static String body(int status, String message) {
        return Json.createObjectBuilder()
                .add("error", true)
                .add("code", status)
                .add("message", message == null ? "" : message)
                .build()
                .toString();
    }
}
