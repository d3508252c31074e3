package org.scorelink.credentials.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.scorelink.credentials.control.Authenticator;
import org.scorelink.credentials.control.ClientChanged;
import org.scorelink.credentials.control.ClientRequest;
import org.scorelink.credentials.control.Clients;
import org.scorelink.credentials.control.CredentialsException;
import org.scorelink.credentials.control.Scopes;
import org.scorelink.credentials.entity.LrsClient;
import org.scorelink.credentials.entity.Scope;

/** Admin API for LRS clients. The authentication filter lets only admin-scoped callers in. */
@Path("api/admin/clients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClientsResource {

    private static final System.Logger LOG = System.getLogger(ClientsResource.class.getName());

    @Inject
    Clients clients;

    @Inject
    Authenticator authenticator;

    @Inject
    Event<ClientChanged> changed;

    /** Creates a client (and its store when new); the answer is the only time the secret is shown. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response create(ClientRequest request, @Context UriInfo uri) {
        if (request == null) {
            return ErrorResponses.error(400, "body: required: a JSON object");
        }
        var store = clients.storeOrCreate(request.store());
        var created = clients.create(request.name(), store, request.scopes());
        LOG.log(System.Logger.Level.INFO, "client {0} ''{1}'' created in store {2} with scopes {3}",
                created.client().key(), request.name(), store.name(), Scopes.names(request.scopes()));
        var view = NewClientView.of(view(created.client()), created.secret());
        return Response.created(uri.getAbsolutePathBuilder().path(created.client().key()).build())
                .entity(view).build();
    }

    @GET
    public List<ClientView> list(@QueryParam("store") String store) {
        List<LrsClient> found = store == null ? clients.all()
                : clients.of(clients.store(ClientRequest.storeName("store", store))
                        .orElseThrow(() -> CredentialsException.notFound("store: no store named '" + store + "'")));
        return found.stream().map(this::view).toList();
    }

    @GET
    @Path("{key}")
    public ClientView get(@PathParam("key") String key) {
        return view(clients.find(key).orElseThrow(() -> CredentialsException.notFound(noClient(key))));
    }

    // Transactional methods answer errors as responses, not exceptions: an exception leaving a Liberty
    // transaction is written to an FFDC file, which a client's typo should not cause.

    @POST
    @Path("{key}/disable")
    @Transactional
    public Response disable(@PathParam("key") String key) {
        var found = clients.find(key);
        if (found.isEmpty()) {
            return ErrorResponses.error(404, noClient(key));
        }
        LrsClient client = found.get();
        if (client.enabled() && client.has(Scope.ADMIN) && clients.countEnabledWithScope(Scope.ADMIN) <= 1) {
            return ErrorResponses.error(409, "key: '" + key
                    + "' is the last enabled admin client; create or enable another admin client first");
        }
        client.disable();
        changedNow(key);
        LOG.log(System.Logger.Level.INFO, "client {0} disabled", key);
        return Response.ok(view(client)).build();
    }

    @POST
    @Path("{key}/enable")
    @Transactional
    public Response enable(@PathParam("key") String key) {
        var found = clients.find(key);
        if (found.isEmpty()) {
            return ErrorResponses.error(404, noClient(key));
        }
        found.get().enable();
        changedNow(key);
        LOG.log(System.Logger.Level.INFO, "client {0} enabled", key);
        return Response.ok(view(found.get())).build();
    }

    /** Drop the cached verification now and once more after commit (a concurrent load may re-cache). */
    private void changedNow(String key) {
        authenticator.invalidate(key);
        changed.fire(new ClientChanged(key));
    }

    private static String noClient(String key) {
        return "key: no client '" + key + "'";
    }

    private ClientView view(LrsClient c) {
        return ClientView.of(c, clients.authorityHomePage());
    }
}
