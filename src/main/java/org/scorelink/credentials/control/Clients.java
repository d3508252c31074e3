package org.scorelink.credentials.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scorelink.credentials.entity.AllowedOrigins;
import org.scorelink.credentials.entity.LrsClient;
import org.scorelink.credentials.entity.Scope;
import org.scorelink.credentials.entity.Store;

/** Stores and clients in the database. Callers own the transaction (boundary methods). */
@ApplicationScoped
public class Clients {

    /** A client just created, with the only copy of its secret in clear. */
    public record Created(LrsClient client, String secret) {
        @Override
        public String toString() {
            return "Created[" + client.key() + "]";
        }
    }

    @PersistenceContext(unitName = "scorelink")
    EntityManager em;

    @Inject
    SecretHasher hasher;

    @Inject
    Tokens tokens;

    Clock clock = Clock.systemUTC();

    @Inject
    @ConfigProperty(name = "scorelink.credentials.authority-home-page", defaultValue = CredentialsConfiguration.DEFAULT_HOME_PAGE)
    String authorityHomePage;

    public Optional<LrsClient> find(String key) {
        return em.createNamedQuery(LrsClient.BY_KEY, LrsClient.class).setParameter("key", key)
                .getResultStream().findFirst();
    }

    /** For authentication: runs outside any transaction and returns a detached, immutable view. */
    public Optional<ClientSnapshot> snapshot(String key) {
        return find(key).map(c -> ClientSnapshot.of(c, authorityHomePage));
    }

    public String authorityHomePage() {
        return authorityHomePage;
    }

    public List<LrsClient> all() {
        return em.createNamedQuery(LrsClient.ALL, LrsClient.class).getResultList();
    }

    public List<LrsClient> of(Store store) {
        return em.createNamedQuery(LrsClient.OF_STORE, LrsClient.class).setParameter("store", store).getResultList();
    }

    public Optional<Store> store(String name) {
        return em.createNamedQuery(Store.BY_NAME, Store.class).setParameter("name", name)
                .getResultStream().findFirst();
    }

    public Store storeOrCreate(String name) {
        return store(name).orElseGet(() -> {
            var store = new Store(name, clock.instant());
            em.persist(store);
            em.flush();
            return store;
        });
    }

    /**
     * A new store, with its own allowed origins or (empty) using the LRS-wide list; empty when a store of that
     * name exists (an answer, not an exception, so a transactional caller can answer 409 without a rollback).
     */
    public Optional<Store> createStore(String name, Optional<OriginList> origins) {
        if (store(name).isPresent()) {
            return Optional.empty();
        }
        var store = new Store(name, clock.instant());
        origins.ifPresent(o -> store.allowOrigins(o.origins()));
        em.persist(store);
        em.flush();
        return Optional.of(store);
    }

    /** The stores that have their own allowed origins, by id. Runs outside any transaction (for the cache). */
    public Map<Long, AllowedOrigins> storeOrigins() {
        var out = new HashMap<Long, AllowedOrigins>();
        for (Store s : em.createNamedQuery(Store.WITH_ORIGINS, Store.class).getResultList()) {
            s.allowedOrigins().ifPresent(o -> out.put(s.id(), AllowedOrigins.of(o)));
        }
        return out;
    }

    public List<Store> stores() {
        return em.createNamedQuery(Store.ALL, Store.class).getResultList();
    }

    /** Number of clients per store id. */
    public Map<Long, Long> clientCounts() {
        var counts = new HashMap<Long, Long>();
        for (Object[] row : em.createNamedQuery(LrsClient.COUNT_BY_STORE, Object[].class).getResultList()) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    public long countWithScope(Scope scope) {
        return em.createNamedQuery(LrsClient.COUNT_WITH_SCOPE, Long.class).setParameter("scope", scope)
                .getSingleResult();
    }

    public long countEnabledWithScope(Scope scope) {
        return em.createNamedQuery(LrsClient.COUNT_ENABLED_WITH_SCOPE, Long.class).setParameter("scope", scope)
                .getSingleResult();
    }

    /** A new client with a generated key and secret. */
    public Created create(String name, Store store, Set<Scope> scopes) {
        return create(tokens.newKey(), tokens.newSecret(), name, store, scopes);
    }

    /** A new client with the given key and secret (the bootstrap admin). */
    public Created create(String key, String secret, String name, Store store, Set<Scope> scopes) {
        if (find(key).isPresent()) {
            throw CredentialsException.conflict("key: a client with key '" + key + "' exists");
        }
        SecretHash hash = hasher.hash(secret);
        var client = new LrsClient(key, name, store, scopes, hash.hash(), hash.salt(), hash.iterations(),
                clock.instant());
        em.persist(client);
        em.flush();
        return new Created(client, secret);
    }
}
