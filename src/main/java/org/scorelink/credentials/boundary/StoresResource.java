package org.scorelink.credentials.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.scorelink.credentials.control.Clients;

/** Admin API: the stores (tenants). Stores are created with their first client. */
@Path("api/admin/stores")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StoresResource {

    @Inject
    Clients clients;

    @GET
    public List<StoreView> list() {
        var counts = clients.clientCounts();
        return clients.stores().stream()
                .map(s -> new StoreView(s.id(), s.name(), s.created(), counts.getOrDefault(s.id(), 0L)))
                .toList();
    }
}
