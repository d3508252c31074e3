package org.scorelink.credentials.boundary;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;

/** The answer to creating a client: the only time its secret is shown. */
public record NewClientView(String key, String secret, String name, String store, List<String> scopes,
                            boolean enabled, Instant created, JsonObject authority) {

    static NewClientView of(ClientView v, String secret) {
        return new NewClientView(v.key(), secret, v.name(), v.store(), v.scopes(), v.enabled(), v.created(),
                v.authority());
    }
}
