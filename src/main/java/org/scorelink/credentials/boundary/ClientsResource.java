package org.scorelink.credentials.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
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
import java.io.StringReader;
import java.util.List;
import org.scorelink.credentials.control.Authenticator;
import org.scorelink.credentials.control.ClientChanged;
import org.scorelink.credentials.control.ClientRequest;
import org.scorelink.credentials.control.Clients;
import org.scorelink.credentials.control.CredentialsException;
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
    public Response create(String body, @Context UriInfo uri) {
        ClientRequest request = ClientRequest.from(object(body));
        var store = clients.storeOrCreate(request.store());
        var created = clients.create(request.name(), store, request.scopes());
        LOG.log(System.Logger.Level.INFO, "client {0} ''{1}'' created in store {2} with scopes {3}",
                created.client().key(), request.name(), store.name(), request.scopes());
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
        return view(client(key));
    }

    @POST
    @Path("{key}/disable")
    @Transactional
    public ClientView disable(@PathParam("key") String key) {
        LrsClient client = client(key);
        if (client.enabled() && client.has(Scope.ADMIN) && clients.countEnabledWithScope(Scope.ADMIN) <= 1) {
            throw CredentialsException.conflict("key: '" + key
                    + "' is the last enabled admin client; create or enable another admin client first");
        }
        client.disable();
        changedNow(key);
        LOG.log(System.Logger.Level.INFO, "client {0} disabled", key);
        return view(client);
    }

    @POST
    @Path("{key}/enable")
    @Transactional
    public ClientView enable(@PathParam("key") String key) {
        LrsClient client = client(key);
        client.enable();
        changedNow(key);
        LOG.log(System.Logger.Level.INFO, "client {0} enabled", key);
        return view(client);
    }

    /** Drop the cached verification now and once more after commit (a concurrent load may re-cache). */
    private void changedNow(String key) {
        authenticator.invalidate(key);
        changed.fire(new ClientChanged(key));
    }

    private LrsClient client(String key) {
        return clients.find(key).orElseThrow(() -> CredentialsException.notFound("key: no client '" + key + "'"));
    }

    private ClientView view(LrsClient c) {
        return ClientView.of(c, clients.authorityHomePage());
    }

    static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw CredentialsException.invalid("body", "required: a JSON object");
        }
        JsonValue value;
        try (var reader = Json.createReader(new StringReader(body))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            throw CredentialsException.invalid("body", "not valid JSON: " + e.getMessage());
        }
        if (!(value instanceof JsonObject o)) {
            throw CredentialsException.invalid("body", "must be a JSON object");
        }
        return o;
    }
}
