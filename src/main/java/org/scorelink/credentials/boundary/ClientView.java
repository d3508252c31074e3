package org.scorelink.credentials.boundary;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.scorelink.credentials.control.ClientSnapshot;
import org.scorelink.credentials.control.Scopes;
import org.scorelink.credentials.entity.LrsClient;

/** A client as the admin API shows it: never its secret or hash. */
public record ClientView(String key, String name, String store, List<String> scopes, boolean enabled,
                         Instant created, JsonObject authority) {

    static ClientView of(LrsClient c, String homePage) {
        return new ClientView(c.key(), c.name(), c.store().name(), Scopes.names(c.scopes()), c.enabled(),
                c.created(), ClientSnapshot.authority(homePage, c.name(), c.key()));
    }
}
