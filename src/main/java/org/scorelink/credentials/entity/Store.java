package org.scorelink.credentials.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A tenant of the LRS. Every statement, document and client belongs to exactly one store, and a client
 * never sees the data of another store. The name is what administrators type; the id is what other
 * components keep in their rows ({@link Caller#storeId()}).
 *
 * <p>A store may have its own list of browser origins allowed to call the LRS for it (CORS); without one,
 * the LRS-wide list ({@code scorelink.xapi.cors.allowed-origins}) applies. The list holds only canonical,
 * valid origins or {@value AllowedOrigins#ANY}: the control layer checks them before they get here.
 */
@Entity
@Table(name = "SL_STORE", uniqueConstraints = @UniqueConstraint(name = "SL_STORE_NAME", columnNames = "NAME"))
@NamedQuery(name = Store.BY_NAME, query = "SELECT s FROM Store s WHERE s.name = :name")
@NamedQuery(name = Store.ALL, query = "SELECT s FROM Store s ORDER BY s.name")
@NamedQuery(name = Store.WITH_ORIGINS, query = "SELECT s FROM Store s WHERE s.allowedOrigins IS NOT NULL")
public class Store {

    public static final String BY_NAME = "Store.byName";
    public static final String ALL = "Store.all";
    public static final String WITH_ORIGINS = "Store.withOrigins";

    /** Most origins one store may list; each is at most {@link #MAX_ORIGIN_LENGTH} characters. */
    public static final int MAX_ORIGINS = 100;
    public static final int MAX_ORIGIN_LENGTH = 255;

    /** The store the bootstrap admin client belongs to. */
    public static final String DEFAULT = "default";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    @Column(name = "NAME", nullable = false, length = 64)
    private String name;

    @Column(name = "CREATED", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant created;

    /**
     * {@code null}: the store uses the LRS-wide list. Otherwise its own origins, separated by one space ({@code ""}
     * = none). A nullable column, so EclipseLink's {@code create-or-extend-tables} adds it to an existing table.
     */
    @Column(name = "ALLOWED_ORIGINS", length = MAX_ORIGINS * (MAX_ORIGIN_LENGTH + 1))
    private String allowedOrigins;

    protected Store() {
        // for JPA
    }

    public Store(String name, Instant created) {
        this.name = Objects.requireNonNull(name);
        this.created = Objects.requireNonNull(created);
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Instant created() {
        return created;
    }

    /** The store's own allowed origins, in the order given; empty when it uses the LRS-wide list. */
    public Optional<List<String>> allowedOrigins() {
        if (allowedOrigins == null) {
            return Optional.empty();
        }
        return Optional.of(allowedOrigins.isEmpty() ? List.of() : List.of(allowedOrigins.split(" ")));
    }

    /** Gives the store its own list (canonical origins or {@value AllowedOrigins#ANY}; empty = no origin). */
    public void allowOrigins(List<String> origins) {
        if (origins.size() > MAX_ORIGINS) {
            throw new IllegalArgumentException("at most " + MAX_ORIGINS + " origins");
        }
        this.allowedOrigins = String.join(" ", origins);
    }

    /** Back to the LRS-wide list. */
    public void useLrsWideOrigins() {
        this.allowedOrigins = null;
    }
}
