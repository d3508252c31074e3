package org.scorelink.credentials.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.scorelink.credentials.entity.AllowedOrigins;

/** The in-memory origin lists: no load per request, a reload after each change, never a stale list kept. */
class StoreOriginsTest {

    private final Map<Long, AllowedOrigins> db = new ConcurrentHashMap<>();
    private final AtomicInteger loads = new AtomicInteger();

    private final StoreOrigins origins = new StoreOrigins(() -> {
        loads.incrementAndGet();
        return Map.copyOf(db);
    });

    private static AllowedOrigins list(String... origins) {
        return AllowedOrigins.of(List.of(origins));
    }

    @Test
    void loadsOnceThenAnswersFromMemory() {
        db.put(1L, list("https://a.example"));
        for (int i = 0; i < 1000; i++) {
            assertTrue(origins.of(1L).orElseThrow().allows("https://a.example"));
            assertEquals(Optional.empty(), origins.of(2L), "a store without a list of its own");
            assertTrue(origins.anyStore().allows("https://a.example"));
        }
        assertEquals(1, loads.get());
    }

    @Test
    void anyStoreIsTheUnionOfAllLists() {
        db.put(1L, list("https://a.example"));
        db.put(2L, list("https://b.example"));
        db.put(3L, AllowedOrigins.NONE);
        assertTrue(origins.anyStore().allows("https://a.example"));
        assertTrue(origins.anyStore().allows("https://b.example"));
        assertFalse(origins.anyStore().allows("https://c.example"));
        assertFalse(origins.anyStore().any());
        assertEquals(Optional.of(AllowedOrigins.NONE), origins.of(3L), "an empty list is a list: no origin");
    }

    @Test
    void aChangeIsSeenAfterInvalidate() {
        db.put(1L, list("https://a.example"));
        assertFalse(origins.of(1L).orElseThrow().allows("https://new.example"));
        db.put(1L, list("https://new.example"));
        assertFalse(origins.of(1L).orElseThrow().allows("https://new.example"), "cached until invalidated");
        origins.invalidate();
        assertTrue(origins.of(1L).orElseThrow().allows("https://new.example"));
        assertTrue(origins.anyStore().allows("https://new.example"));
        assertFalse(origins.anyStore().allows("https://a.example"));
        db.remove(1L);
        origins.invalidate();
        assertEquals(Optional.empty(), origins.of(1L));
        assertEquals(3, loads.get());
    }

    @Test
    void aLoadRacingWithAnInvalidationIsNotKept() {
        db.put(1L, list("https://old.example"));
        AtomicInteger calls = new AtomicInteger();
        AtomicReference<StoreOrigins> racing = new AtomicReference<>();
        racing.set(new StoreOrigins(() -> {
            Map<Long, AllowedOrigins> seen = Map.copyOf(db);
            if (calls.incrementAndGet() == 1) {
                // the change commits and invalidates while this load is under way
                db.put(1L, list("https://new.example"));
                racing.get().invalidate();
            }
            return seen;
        }));
        assertTrue(racing.get().of(1L).orElseThrow().allows("https://old.example"), "the racing read sees the old list");
        assertTrue(racing.get().of(1L).orElseThrow().allows("https://new.example"), "the next one loads again");
        assertEquals(2, calls.get());
    }
}
