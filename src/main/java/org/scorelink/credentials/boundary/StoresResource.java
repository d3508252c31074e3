package org.scorelink.credentials.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.scorelink.credentials.control.Clients;
import org.scorelink.credentials.control.CredentialsException;
import org.scorelink.credentials.control.OriginList;
import org.scorelink.credentials.control.StoreChanged;
import org.scorelink.credentials.control.StoreRequest;
import org.scorelink.credentials.entity.Store;

/**
 * Admin API: the stores (tenants) and their allowed browser origins. A store is created explicitly here, or
 * with its first client ({@code POST /api/admin/clients}); either way without its own origins it uses the
 * LRS-wide list. Every change fires {@link StoreChanged}, which refreshes the cached origin lists on commit.
 */
@Path("api/admin/stores")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StoresResource {

    private static final System.Logger LOG = System.getLogger(StoresResource.class.getName());

    @Inject
    Clients clients;

    @Inject
    Event<StoreChanged> changed;

    @GET
    public List<StoreView> list() {
        var counts = clients.clientCounts();
        return clients.stores().stream().map(s -> StoreView.of(s, counts.getOrDefault(s.id(), 0L))).toList();
    }

    // Transactional methods answer errors as responses, not exceptions (no FFDC file for a client's typo).

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response create(StoreRequest request, @Context UriInfo uri) {
        if (request == null) {
            return ErrorResponses.error(400, "body: required: a JSON object");
        }
        Optional<Store> created = clients.createStore(request.name(), request.allowedOrigins());
        if (created.isEmpty()) {
            return ErrorResponses.error(409, "name: a store named '" + request.name() + "' exists");
        }
        Store store = created.get();
        changed.fire(new StoreChanged(store.id()));
        LOG.log(System.Logger.Level.INFO, "store {0} created; allowed origins: {1}", store.name(), describe(store));
        return Response.created(uri.getAbsolutePathBuilder().path(store.name()).build())
                .entity(StoreView.of(store, 0)).build();
    }

    @GET
    @Path("{name}")
    public StoreView get(@PathParam("name") String name) {
        Store store = clients.store(name).orElseThrow(() -> CredentialsException.notFound(noStore(name)));
        return view(store);
    }

    /** The store's own origins; 404 when it has none (it uses the LRS-wide list). */
    @GET
    @Path("{name}/allowed-origins")
    public List<String> allowedOrigins(@PathParam("name") String name) {
        Store store = clients.store(name).orElseThrow(() -> CredentialsException.notFound(noStore(name)));
        return store.allowedOrigins().orElseThrow(() -> CredentialsException.notFound("allowedOrigins: store '"
                + name + "' has no list of its own; it uses the LRS-wide scorelink.xapi.cors.allowed-origins"));
    }

    /** Gives the store its own origins ({@code []}: no browser origin may call for it; {@code ["*"]}: any). */
    @PUT
    @Path("{name}/allowed-origins")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response allowOrigins(@PathParam("name") String name, OriginList origins) {
        if (origins == null) {
            return ErrorResponses.error(400, "body: required: a JSON array of origins");
        }
        return change(name, store -> store.allowOrigins(origins.origins()));
    }

    /** Back to the LRS-wide list. */
    @DELETE
    @Path("{name}/allowed-origins")
    @Transactional
    public Response useLrsWideOrigins(@PathParam("name") String name) {
        return change(name, Store::useLrsWideOrigins);
    }

    private Response change(String name, Consumer<Store> change) {
        Optional<Store> found = clients.store(name);
        if (found.isEmpty()) {
            return ErrorResponses.error(404, noStore(name));
        }
        Store store = found.get();
        change.accept(store);
        changed.fire(new StoreChanged(store.id()));
        LOG.log(System.Logger.Level.INFO, "store {0}: allowed origins now {1}", name, describe(store));
        return Response.ok(view(store)).build();
    }

    private StoreView view(Store store) {
        return StoreView.of(store, clients.clientCounts().getOrDefault(store.id(), 0L));
    }

    private static String describe(Store store) {
        return store.allowedOrigins().map(Object::toString).orElse("the LRS-wide list");
    }

    private static String noStore(String name) {
        return "name: no store named '" + name + "'";
    }
}
