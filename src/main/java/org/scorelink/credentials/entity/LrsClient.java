package org.scorelink.credentials.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One LRS credential: the HTTP Basic key and (the hash of) its secret, the store it acts in and the
 * scopes it was granted.
 *
 * <p>Invariants: the secret itself is never held, only a PBKDF2 hash with its salt and iteration count
 * (so the iteration count can be raised later without invalidating old secrets); the key never changes;
 * a client always belongs to one store. A disabled client fails authentication but keeps its row, so
 * the statements it wrote still name a known authority.
 */
@Entity
@Table(name = "SL_CLIENT", uniqueConstraints = @UniqueConstraint(name = "SL_CLIENT_KEY", columnNames = "CLIENT_KEY"))
@NamedQuery(name = LrsClient.BY_KEY, query = "SELECT c FROM LrsClient c JOIN FETCH c.store WHERE c.key = :key")
@NamedQuery(name = LrsClient.ALL, query = "SELECT c FROM LrsClient c JOIN FETCH c.store ORDER BY c.created, c.id")
@NamedQuery(name = LrsClient.OF_STORE,
        query = "SELECT c FROM LrsClient c WHERE c.store = :store ORDER BY c.created, c.id")
@NamedQuery(name = LrsClient.COUNT_WITH_SCOPE,
        query = "SELECT COUNT(c) FROM LrsClient c JOIN c.scopes s WHERE s = :scope")
@NamedQuery(name = LrsClient.COUNT_ENABLED_WITH_SCOPE,
        query = "SELECT COUNT(c) FROM LrsClient c JOIN c.scopes s WHERE s = :scope AND c.enabled = TRUE")
@NamedQuery(name = LrsClient.COUNT_BY_STORE,
        query = "SELECT c.store.id, COUNT(c) FROM LrsClient c GROUP BY c.store.id")
public class LrsClient {

    public static final String BY_KEY = "LrsClient.byKey";
    public static final String ALL = "LrsClient.all";
    public static final String OF_STORE = "LrsClient.ofStore";
    public static final String COUNT_WITH_SCOPE = "LrsClient.countWithScope";
    public static final String COUNT_ENABLED_WITH_SCOPE = "LrsClient.countEnabledWithScope";
    public static final String COUNT_BY_STORE = "LrsClient.countByStore";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(name = "CLIENT_KEY", nullable = false, length = 128, updatable = false)
    private String key;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "STORE_ID", nullable = false, updatable = false)
    private Store store;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "SL_CLIENT_SCOPE", joinColumns = @JoinColumn(name = "CLIENT_ID"))
    @Column(name = "SCOPE", nullable = false, length = 64)
    @Convert(converter = ScopeConverter.class)
    private Set<Scope> scopes = EnumSet.noneOf(Scope.class);

    @Column(name = "SECRET_HASH", nullable = false, length = 100)
    private String secretHash;

    @Column(name = "SECRET_SALT", nullable = false, length = 100)
    private String secretSalt;

    @Column(name = "HASH_ITERATIONS", nullable = false)
    private int hashIterations;

    @Column(name = "ENABLED", nullable = false)
    private boolean enabled;

    @Column(name = "CREATED", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant created;

    @Version
    private long version;

    protected LrsClient() {
        // for JPA
    }

    /**
     * @param secretHash base64 PBKDF2 hash of the secret
     * @param secretSalt base64 salt of that hash
     */
    public LrsClient(String key, String name, Store store, Set<Scope> scopes, String secretHash,
                     String secretSalt, int hashIterations, Instant created) {
        this.key = Objects.requireNonNull(key);
        this.name = Objects.requireNonNull(name);
        this.store = Objects.requireNonNull(store);
        this.scopes = scopes.isEmpty() ? EnumSet.noneOf(Scope.class) : EnumSet.copyOf(scopes);
        this.secretHash = Objects.requireNonNull(secretHash);
        this.secretSalt = Objects.requireNonNull(secretSalt);
        this.hashIterations = hashIterations;
        this.created = Objects.requireNonNull(created);
        this.enabled = true;
    }

    public long id() {
        return id;
    }

    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    public Store store() {
        return store;
    }

    public Set<Scope> scopes() {
        return Collections.unmodifiableSet(scopes.isEmpty() ? EnumSet.noneOf(Scope.class) : EnumSet.copyOf(scopes));
    }

    public boolean has(Scope scope) {
        return scopes.contains(scope);
    }

    public String secretHash() {
        return secretHash;
    }

    public String secretSalt() {
        return secretSalt;
    }

    public int hashIterations() {
        return hashIterations;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant created() {
        return created;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }
}
