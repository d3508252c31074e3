package org.scorelink.credentials.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import org.scorelink.credentials.entity.Store;

/**
 * A store (tenant) with its number of clients and its own allowed browser origins ({@code null}: it uses the
 * LRS-wide {@code scorelink.xapi.cors.allowed-origins}).
 */
@JsonbNillable
public record StoreView(long id, String name, Instant created, long clients, List<String> allowedOrigins) {

    static StoreView of(Store store, long clients) {
        return new StoreView(store.id(), store.name(), store.created(), clients,
                store.allowedOrigins().orElse(null));
    }
}
