package org.scorelink.credentials.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the plain control objects (which tests construct directly) from MicroProfile Config, and drops
 * cached verifications and origin lists once a change to a client or store has committed.
 */
@ApplicationScoped
public class CredentialsConfiguration {

    public static final String DEFAULT_HOME_PAGE = "https://scorelink.org/clients";

    private static final System.Logger LOG = System.getLogger(CredentialsConfiguration.class.getName());

    @Inject
    @ConfigProperty(name = "scorelink.credentials.hash-iterations", defaultValue = "100000")
    int hashIterations;

    @Inject
    @ConfigProperty(name = "scorelink.credentials.cache-ttl", defaultValue = "PT5M")
    String cacheTtl;

    @Inject
    @ConfigProperty(name = "scorelink.credentials.cache-size", defaultValue = "10000")
    int cacheSize;

    // JDK types (Clock, SecureRandom) are not produced as beans: another component producing them too
    // would make injection ambiguous.
    private final SecureRandom random = new SecureRandom();

    @Produces
    @Singleton
    SecretHasher hasher() {
        return new SecretHasher(hashIterations, random);
    }

    @Produces
    @Singleton
    Tokens tokens() {
        return new Tokens(random);
    }

    @Produces
    @Singleton
    VerificationCache cache() {
        Duration ttl = parseDuration("scorelink.credentials.cache-ttl", cacheTtl);
        LOG.log(System.Logger.Level.INFO, "credential cache: ttl {0}, at most {1} entries; PBKDF2 iterations {2}",
                ttl, cacheSize, hashIterations);
        return new VerificationCache(ttl, cacheSize, Clock.systemUTC());
    }

    @Produces
    @Singleton
    Authenticator authenticator(Clients clients, SecretHasher hasher, VerificationCache cache) {
        return new Authenticator(clients::snapshot, hasher, cache);
    }

    @Produces
    @Singleton
    StoreOrigins storeOrigins(Clients clients) {
        return new StoreOrigins(clients::storeOrigins);
    }

    /** After commit or rollback: a request that loaded the old state meanwhile must not keep it. */
    void onChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) ClientChanged change,
                  VerificationCache cache) {
        cache.invalidate(change.key());
    }

    /** After commit or rollback, so the next request loads the committed lists. */
    void onChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) StoreChanged change, StoreOrigins origins) {
        origins.invalidate();
    }

    /** ISO-8601 ({@code PT5M}) or a number of seconds ({@code 300}); {@code 0} turns caching off. */
    static Duration parseDuration(String key, String value) {
        String v = value.trim();
        try {
            Duration d = v.chars().allMatch(Character::isDigit) && !v.isEmpty()
                    ? Duration.ofSeconds(Long.parseLong(v))
                    : Duration.parse(v);
            if (d.isNegative()) {
                throw new IllegalArgumentException(key + ": must not be negative: " + value);
            }
            return d;
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(key + ": not an ISO-8601 duration (PT5M) or seconds: " + value, e);
        }
    }
}
