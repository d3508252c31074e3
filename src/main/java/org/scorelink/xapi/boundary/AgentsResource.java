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
import org.scorelink.xapi.control.StatementValidator;
import org.scorelink.xapi.control.XapiException;

/**
 * The Agents resource, {@code /xapi/agents?agent=} (Communication 2.4; same in xAPI 2.0): the Person object for
 * an Agent. Scorelink links no identities, so the Person carries the requested identifier and the names
 * stored statements gave that Agent (2.4.s3.b3: an unknown Agent still gets a Person). With ETag and
 * Last-Modified, conditional GET and HEAD ({@link ConditionalGet}; 2.4: "This resource has Concurrency controls").
 */
@Path("xapi/agents")
public class AgentsResource {

    @Inject
    Definitions definitions;

    @Context
    HttpServletRequest servletRequest;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    private final StatementValidator validator = new StatementValidator();

    @GET
    public Response get() {
        Caller caller = DefinitionScopes.reader(Callers.of(servletRequest), "Agents");
        StatementParams params = new StatementParams(uri.getQueryParameters(), Set.of("agent"));
        StatementParams.ActorParam agent = params.actor(validator, XapiHeadersFilter.version(servletRequest),
                "must be an Agent, not a Group (Communication 2.4.s2)").orElseThrow(() ->
                        XapiException.badRequest("parameter agent: required (Communication 2.4.s2)"));
        Definitions.Described person = definitions.person(caller.storeId(), agent.json(), agent.key());
        return ConditionalGet.answer(headers, JsonIo.write(person.object()), person.lastModified());
    }
}
