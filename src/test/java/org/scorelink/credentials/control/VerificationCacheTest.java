package org.scorelink.credentials.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scorelink.credentials.entity.Caller;
import org.scorelink.credentials.entity.Scope;

class VerificationCacheTest {

    private final MutableClock clock = new MutableClock();
    private final SecretHash hash = new SecretHasher(1, new SecureRandom()).hash("s");

    private ClientSnapshot client(String key) {
        return new ClientSnapshot(key, key, 1, "default", true, hash,
                new Caller(1, key, EnumSet.of(Scope.ALL), ClientSnapshot.authority("h", key, key)));
    }

    @Test
    void isBounded() {
        var cache = new VerificationCache(Duration.ofMinutes(1), 10, clock);
        for (int i = 0; i < 100; i++) {
            cache.put(client("k" + i), Optional.empty(), cache.generation());
            assertTrue(cache.size() <= 10, "size " + cache.size());
        }
        assertTrue(cache.get("k99").isPresent());
    }

    @Test
    void purgesExpiredEntriesFirst() {
        var cache = new VerificationCache(Duration.ofMinutes(1), 3, clock);
        cache.put(client("old"), Optional.empty(), cache.generation());
        clock.advance(Duration.ofSeconds(61));
        cache.put(client("a"), Optional.empty(), cache.generation());
        cache.put(client("b"), Optional.empty(), cache.generation());
        cache.put(client("c"), Optional.empty(), cache.generation());
        assertTrue(cache.get("old").isEmpty());
        assertTrue(cache.get("a").isPresent());
        assertTrue(cache.get("b").isPresent());
        assertTrue(cache.get("c").isPresent());
    }

    @Test
    void aLoadThatRacedWithAnInvalidationIsNotKept() {
        var cache = new VerificationCache(Duration.ofMinutes(1), 10, clock);
        long seen = cache.generation();
        // ... the client is being loaded while an admin disables it:
        cache.invalidate("k");
        cache.put(client("k"), Optional.of(new byte[32]), seen);
        assertTrue(cache.get("k").isEmpty());
    }

    @Test
    void invalidateDropsOnlyThatKey() {
        var cache = new VerificationCache(Duration.ofMinutes(1), 10, clock);
        cache.put(client("a"), Optional.empty(), cache.generation());
        cache.put(client("b"), Optional.empty(), cache.generation());
        cache.invalidate("a");
        assertTrue(cache.get("a").isEmpty());
        assertTrue(cache.get("b").isPresent());
        assertEquals(1, cache.size());
    }

    @Test
    void storedDigestIsACopy() {
        var cache = new VerificationCache(Duration.ofMinutes(1), 10, clock);
        byte[] digest = new byte[] {1, 2, 3};
        cache.put(client("a"), Optional.of(digest), cache.generation());
        digest[0] = 9;
        assertEquals(1, cache.get("a").orElseThrow().verifiedDigest().orElseThrow()[0]);
    }
}
