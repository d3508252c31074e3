package org.scorelink.credentials.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.scorelink.credentials.control.Clients;
import org.scorelink.credentials.control.CredentialsException;
import org.scorelink.credentials.control.Scopes;
import org.scorelink.credentials.entity.Caller;

/** {@code GET /api/me}: the authenticated client's key, store and scopes. Any valid credential may ask. */
@Path("api/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    Clients clients;

    @Context
    HttpServletRequest request;

    @GET
    public MeView me() {
        if (!(request.getAttribute(Caller.ATTRIBUTE) instanceof Caller caller)) {
            throw CredentialsException.unauthorized("Authorization: HTTP Basic credentials required");
        }
        var client = clients.find(caller.clientKey())
                .orElseThrow(() -> CredentialsException.unauthorized("Authorization: unknown key or wrong secret"));
        return new MeView(caller.clientKey(), client.name(), client.store().name(), caller.storeId(),
                Scopes.names(caller.scopes()), caller.isAdmin(), caller.authority());
    }
}
