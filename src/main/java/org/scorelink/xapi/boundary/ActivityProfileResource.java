package org.scorelink.xapi.boundary;

import jakarta.ws.rs.Path;
import java.util.Set;
import org.scorelink.credentials.entity.Scope;
import org.scorelink.xapi.entity.DocumentKind;

/** The Activity Profile resource, {@code /xapi/activities/profile} (Communication 2.7; xAPI 2.0 4.1.6.6). */
@Path("xapi/activities/profile")
public class ActivityProfileResource extends DocumentResource {

    @Override
    DocumentKind kind() {
        return DocumentKind.ACTIVITY_PROFILE;
    }

    @Override
    Scope scope() {
        return Scope.PROFILE;
    }

    @Override
    Set<String> contextParams() {
        return Set.of("activityId");
    }
}
