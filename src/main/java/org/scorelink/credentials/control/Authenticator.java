package org.scorelink.credentials.control;

import java.security.MessageDigest;
import java.util.Optional;
import java.util.function.Function;
import org.scorelink.credentials.entity.Caller;

/**
 * Checks a key and secret and answers with the {@link Caller}. The first success for a key costs one
 * client lookup and one PBKDF2; while the {@link VerificationCache} entry lives, later requests cost one
 * SHA-256 and a constant-time comparison. A wrong secret is never cached as valid.
 */
public final class Authenticator {

    static final String UNKNOWN_OR_WRONG = "Authorization: unknown key or wrong secret";

    private final Function<String, Optional<ClientSnapshot>> loader;
    private final SecretHasher hasher;
    private final VerificationCache cache;

    /** @param loader finds a client by key (a database query in the server) */
    public Authenticator(Function<String, Optional<ClientSnapshot>> loader, SecretHasher hasher,
                         VerificationCache cache) {
        this.loader = loader;
        this.hasher = hasher;
        this.cache = cache;
    }

    /** @throws CredentialsException (401) for an unknown key, a wrong secret or a disabled client */
    public Caller authenticate(String key, String secret) {
        long generation = cache.generation();
        var cached = cache.get(key);
        ClientSnapshot client;
        if (cached.isPresent()) {
            client = cached.get().client();
        } else {
            client = loader.apply(key).orElseThrow(() -> CredentialsException.unauthorized(UNKNOWN_OR_WRONG));
        }
        if (!client.enabled()) {
            if (cached.isEmpty()) {
                cache.put(client, Optional.empty(), generation);
            }
            throw CredentialsException.unauthorized("Authorization: client '" + key + "' is disabled");
        }
        byte[] digest = SecretHasher.fastDigest(client.secret().salt(), secret);
        Optional<byte[]> verified = cached.flatMap(VerificationCache.Entry::verifiedDigest);
        if (verified.isPresent()) {
            // Only the one secret that matches the hash can produce the cached digest.
            if (!MessageDigest.isEqual(digest, verified.get())) {
                throw CredentialsException.unauthorized(UNKNOWN_OR_WRONG);
            }
            return client.caller();
        }
        if (!hasher.verify(secret, client.secret())) {
            if (cached.isEmpty()) {
                cache.put(client, Optional.empty(), generation);
            }
            throw CredentialsException.unauthorized(UNKNOWN_OR_WRONG);
        }
        cache.put(client, Optional.of(digest), generation);
        return client.caller();
    }

    public void invalidate(String key) {
        cache.invalidate(key);
    }
}
