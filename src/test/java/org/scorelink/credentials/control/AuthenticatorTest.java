package org.scorelink.credentials.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scorelink.credentials.entity.Caller;
import org.scorelink.credentials.entity.Scope;

/** The authenticator with its cache, over an in-memory "database" that counts lookups. */
class AuthenticatorTest {

    private static final String HOME = "https://lrs.example/clients";

    private final SecretHasher hasher = new SecretHasher(1_000, new SecureRandom());
    private final MutableClock clock = new MutableClock();
    private final Map<String, ClientSnapshot> db = new HashMap<>();
    private final AtomicInteger lookups = new AtomicInteger();
    private VerificationCache cache;
    private Authenticator authenticator;

    @BeforeEach
    void setUp() {
        cache = new VerificationCache(Duration.ofMinutes(5), 100, clock);
        authenticator = new Authenticator(key -> {
            lookups.incrementAndGet();
            return Optional.ofNullable(db.get(key));
        }, hasher, cache);
        db.put("k1", client("k1", "right", true));
    }

    private ClientSnapshot client(String key, String secret, boolean enabled) {
        var scopes = EnumSet.of(Scope.STATEMENTS_WRITE);
        return new ClientSnapshot(key, "Client " + key, 7, "acme", enabled, hasher.hash(secret),
                new Caller(7, key, scopes, ClientSnapshot.authority(HOME, "Client " + key, key)));
    }

    @Test
    void answersTheCallerWithStoreScopesAndAuthority() {
        Caller caller = authenticator.authenticate("k1", "right");
        assertEquals(7, caller.storeId());
        assertEquals("k1", caller.clientKey());
        assertTrue(caller.canWriteStatements());
        assertEquals("Agent", caller.authority().getString("objectType"));
        assertEquals("Client k1", caller.authority().getString("name"));
        assertEquals(HOME, caller.authority().getJsonObject("account").getString("homePage"));
        assertEquals("k1", caller.authority().getJsonObject("account").getString("name"));
    }

    @Test
    void secondRequestUsesTheCacheNotTheDatabase() {
        authenticator.authenticate("k1", "right");
        authenticator.authenticate("k1", "right");
        authenticator.authenticate("k1", "right");
        assertEquals(1, lookups.get());
        assertTrue(cache.get("k1").orElseThrow().verifiedDigest().isPresent());
    }

    @Test
    void cachedRequestIsFast() {
        authenticator.authenticate("k1", "right");
        long start = System.nanoTime();
        for (int i = 0; i < 10_000; i++) {
            authenticator.authenticate("k1", "right");
        }
        long perRequestNanos = (System.nanoTime() - start) / 10_000;
        assertTrue(perRequestNanos < 200_000, "cached verification took " + perRequestNanos + " ns");
    }

    @Test
    void wrongSecretIsRejectedAndNeverCachedAsValid() {
        var e = assertThrows(CredentialsException.class, () -> authenticator.authenticate("k1", "wrong"));
        assertEquals(CredentialsException.Kind.UNAUTHORIZED, e.kind());
        assertFalse(cache.get("k1").orElseThrow().verifiedDigest().isPresent());
        assertThrows(CredentialsException.class, () -> authenticator.authenticate("k1", "wrong"));
        assertEquals("k1", authenticator.authenticate("k1", "right").clientKey());
    }

    @Test
    void wrongSecretAfterAVerifiedOneIsRejected() {
        authenticator.authenticate("k1", "right");
        assertThrows(CredentialsException.class, () -> authenticator.authenticate("k1", "wrong"));
        assertThrows(CredentialsException.class, () -> authenticator.authenticate("k1", "righ"));
        assertThrows(CredentialsException.class, () -> authenticator.authenticate("k1", ""));
        assertEquals("k1", authenticator.authenticate("k1", "right").clientKey());
    }

    @Test
    void unknownKeyIsRejected() {
        var e = assertThrows(CredentialsException.class, () -> authenticator.authenticate("nope", "right"));
        assertEquals(Authenticator.UNKNOWN_OR_WRONG, e.getMessage());
    }

    @Test
    void disabledClientIsRejectedAtOnceAfterInvalidation() {
        authenticator.authenticate("k1", "right");
        db.put("k1", client("k1", "right", false));
        authenticator.invalidate("k1");
        var e = assertThrows(CredentialsException.class, () -> authenticator.authenticate("k1", "right"));
        assertTrue(e.getMessage().contains("disabled"), e.getMessage());
        db.put("k1", client("k1", "right", true));
        authenticator.invalidate("k1");
        assertEquals("k1", authenticator.authenticate("k1", "right").clientKey());
    }

    @Test
    void entriesExpireAfterTheTtl() {
        authenticator.authenticate("k1", "right");
        clock.advance(Duration.ofMinutes(4));
        authenticator.authenticate("k1", "right");
        assertEquals(1, lookups.get());
        clock.advance(Duration.ofMinutes(2));
        authenticator.authenticate("k1", "right");
        assertEquals(2, lookups.get());
    }

    @Test
    void zeroTtlTurnsCachingOff() {
        var noCache = new Authenticator(key -> {
            lookups.incrementAndGet();
            return Optional.ofNullable(db.get(key));
        }, hasher, new VerificationCache(Duration.ZERO, 100, clock));
        noCache.authenticate("k1", "right");
        noCache.authenticate("k1", "right");
        assertEquals(2, lookups.get());
    }
}
