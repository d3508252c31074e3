package org.scorelink.scorecard.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.scorelink.credentials.boundary.ErrorResponses;
import org.scorelink.scorecard.control.ScorecardJson;
import org.scorelink.scorecard.control.ScorecardRefused;

/**
 * A refused scorecard API request in Scorelink's error shape ({@link ErrorResponses}),
 * {@code {"error":true,"code":400,"message":"…"}}, plus {@code problems} (every error and warning, each with
 * severity, path, location and message) when there are any.
 */
@Provider
public class ScorecardRefusedMapper implements ExceptionMapper<ScorecardRefused> {

    @Override
    public Response toResponse(ScorecardRefused e) {
        int status = e.kind().status();
        if (e.problems().isEmpty()) {
            return ErrorResponses.error(status, e.getMessage());
        }
        var body = ScorecardJson.object().add("error", true).add("code", status).add("message", e.getMessage())
                .add("problems", ScorecardViews.problems(e.problems()));
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ScorecardJson.write(body.build())).build();
    }
}
