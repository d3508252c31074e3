package org.scorelink.credentials.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Remembers, per client key, the client as last loaded and, once its secret passed the slow PBKDF2
 * check, a fast salted SHA-256 digest of that secret. Later requests then cost a map lookup and one
 * SHA-256 instead of a database query and 100k HMAC rounds.
 *
 * <p>Rules: only a secret that passed {@link SecretHasher#verify} is ever recorded; entries expire after
 * the TTL; at most {@code maxEntries} are kept (expired ones are purged first, then arbitrary ones);
 * {@link #invalidate} drops an entry at once. A load that began before an invalidation is not allowed to
 * put its (possibly stale) result back: every put carries the {@link #generation()} seen before the load.
 */
public final class VerificationCache {

    /** A cached client and, when its secret was verified, the fast digest of that secret. */
    public record Entry(ClientSnapshot client, Optional<byte[]> verifiedDigest, Instant expires) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Duration ttl;
    private final int maxEntries;
    private final Clock clock;

    public VerificationCache(Duration ttl, int maxEntries, Clock clock) {
        if (ttl.isNegative() || maxEntries < 0) {
            throw new IllegalArgumentException("ttl and maxEntries must not be negative");
        }
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    /** The entry for a key, unless absent or expired. */
    public Optional<Entry> get(String key) {
        Entry e = entries.get(key);
        if (e == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(e.expires())) {
            entries.remove(key, e);
            return Optional.empty();
        }
        return Optional.of(e);
    }

    /** Read before loading a client; pass to {@link #put}. */
    public long generation() {
        return generation.get();
    }

    /**
     * Caches a loaded client, with the digest of a secret that passed the slow check or without one.
     *
     * @param seenGeneration {@link #generation()} read before the client was loaded
     */
    public void put(ClientSnapshot client, Optional<byte[]> verifiedDigest, long seenGeneration) {
        if (ttl.isZero() || maxEntries == 0) {
            return;
        }
        if (entries.size() >= maxEntries && !entries.containsKey(client.key())) {
            makeRoom();
        }
        var entry = new Entry(client, verifiedDigest.map(byte[]::clone), clock.instant().plus(ttl));
        entries.put(client.key(), entry);
        // An invalidation that raced with our load wins: drop what we just put.
        if (generation.get() != seenGeneration) {
            entries.remove(client.key(), entry);
        }
    }

    /** Drops a key's entry now (client disabled, enabled or changed). */
    public void invalidate(String key) {
        generation.incrementAndGet();
        entries.remove(key);
    }

    public void clear() {
        generation.incrementAndGet();
        entries.clear();
    }

    public int size() {
        return entries.size();
    }

    private void makeRoom() {
        Instant now = clock.instant();
        entries.values().removeIf(e -> !now.isBefore(e.expires()));
        Iterator<String> keys = entries.keySet().iterator();
        while (entries.size() >= maxEntries && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }
}
