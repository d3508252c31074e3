package org.scorelink.credentials.control;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.scorelink.credentials.entity.AllowedOrigins;

/**
 * The stores' own allowed origins, held in memory so that CORS decisions cost no database query: one load
 * (every store that has a list) after start and after each change, then map lookups.
 *
 * <p>{@link #invalidate} (after a change commits) makes the next read load again. A load that began before an
 * invalidation may finish after it: its result is tagged with the generation seen before loading, so the read
 * after it loads once more instead of keeping a stale list.
 */
public final class StoreOrigins {

    private record Lists(long generation, Map<Long, AllowedOrigins> byStore, AllowedOrigins anyStore) {
    }

    private final Supplier<Map<Long, AllowedOrigins>> loader;
    private final AtomicLong generation = new AtomicLong();
    private volatile Lists lists;

    /** @param loader the stores that have their own list, by store id (a database query in the server) */
    public StoreOrigins(Supplier<Map<Long, AllowedOrigins>> loader) {
        this.loader = loader;
    }

    /** The store's own list; empty when it uses the LRS-wide list. */
    public Optional<AllowedOrigins> of(long storeId) {
        return Optional.ofNullable(current().byStore().get(storeId));
    }

    /** Every origin some store's own list allows (preflights carry no credentials, so no store is known). */
    public AllowedOrigins anyStore() {
        return current().anyStore();
    }

    public void invalidate() {
        generation.incrementAndGet();
    }

    private Lists current() {
        Lists l = lists;
        if (l != null && l.generation() == generation.get()) {
            return l;
        }
        synchronized (this) {
            long seen = generation.get();
            l = lists;
            if (l != null && l.generation() == seen) {
                return l;
            }
            Map<Long, AllowedOrigins> byStore = Map.copyOf(loader.get());
            AllowedOrigins any = byStore.values().stream().reduce(AllowedOrigins.NONE, AllowedOrigins::union);
            l = new Lists(seen, byStore, any);
            lists = l;
            return l;
        }
    }
}
