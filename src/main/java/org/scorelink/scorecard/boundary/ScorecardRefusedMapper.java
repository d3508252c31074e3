package org.scorelink.scorecard.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.scorelink.scorecard.control.ScorecardJson;
import org.scorelink.scorecard.control.ScorecardRefused;

/**
 * A refused scorecard change in Scorelink's error shape, {@code {"error":true,"code":400,"message":"…"}}, plus
 * {@code problems} (every error and warning, each with severity, path, location and message) when there are any.
 */
@Provider
public class ScorecardRefusedMapper implements ExceptionMapper<ScorecardRefused> {

    @Override
    public Response toResponse(ScorecardRefused e) {
        var body = ScorecardJson.object().add("error", true).add("code", e.kind().status())
                .add("message", e.getMessage());
        if (!e.problems().isEmpty()) {
            body.add("problems", ScorecardViews.problems(e.problems()));
        }
        return Response.status(e.kind().status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ScorecardJson.write(body.build())).build();
    }
}
