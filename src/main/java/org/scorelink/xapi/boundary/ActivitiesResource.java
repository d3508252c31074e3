package org.scorelink.xapi.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.scorelink.credentials.entity.Caller;
import org.scorelink.xapi.control.Definitions;
import org.scorelink.xapi.control.JsonIo;
import org.scorelink.xapi.control.XapiException;

/**
 * The Activities resource, {@code /xapi/activities?activityId=} (Communication 2.5; same in xAPI 2.0): the
 * Activity with the LRS's canonical definition, merged at read time from stored statements
 * ({@link Definitions}). An Activity never seen is still returned, with only its id (2.5.s2.b1). With ETag and
 * Last-Modified, conditional GET and HEAD ({@link ConditionalGet}; 2.5: "This resource has Concurrency controls").
 */
@Path("xapi/activities")
public class ActivitiesResource {

    @Inject
    Definitions definitions;

    @Context
    HttpServletRequest servletRequest;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    public Response get() {
        Caller caller = DefinitionScopes.reader(Callers.of(servletRequest), "Activities");
        StatementParams params = new StatementParams(uri.getQueryParameters(), Set.of("activityId"));
        String iri = params.iri("activityId").orElseThrow(() ->
                XapiException.badRequest("parameter activityId: required (Communication 2.5.s1)"));
        Definitions.Described activity = definitions.activity(caller.storeId(), iri);
        return ConditionalGet.answer(headers, JsonIo.write(activity.object()), activity.lastModified());
    }
}
