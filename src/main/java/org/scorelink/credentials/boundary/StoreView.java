package org.scorelink.credentials.boundary;

import java.time.Instant;

/** A store (tenant) with its number of clients. */
public record StoreView(long id, String name, Instant created, long clients) {
}
