package org.scorelink.xapi.boundary;

import jakarta.ws.rs.Path;
import java.util.Set;
import org.scorelink.credentials.entity.Scope;
import org.scorelink.xapi.entity.DocumentKind;
import org.scorelink.xapi.entity.PutPrecondition;
import org.scorelink.xapi.entity.XapiVersion;

/** The State resource, {@code /xapi/activities/state} (Communication 2.3; xAPI 2.0 4.1.6.2). */
@Path("xapi/activities/state")
public class StateResource extends DocumentResource {

    @Override
    DocumentKind kind() {
        return DocumentKind.STATE;
    }

    @Override
    Scope scope() {
        return Scope.STATE;
    }

    @Override
    Set<String> contextParams() {
        return Set.of("activityId", "agent", "registration");
    }

    @Override
    boolean deletesAll() {
        return true;
    }

    /** 1.0.3 lets State PUTs go without concurrency headers (3.1.s3); 2.0 only to create (4.1.4). */
    @Override
    PutPrecondition putPrecondition(XapiVersion version) {
        return version.isTwo() ? PutPrecondition.TO_REPLACE : PutPrecondition.OPTIONAL;
    }
}
