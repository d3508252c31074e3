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
import java.util.Objects;

/**
 * A tenant of the LRS. Every statement, document and client belongs to exactly one store, and a client
 * never sees the data of another store. The name is what administrators type; the id is what other
 * components keep in their rows ({@link Caller#storeId()}).
 */
@Entity
@Table(name = "SL_STORE", uniqueConstraints = @UniqueConstraint(name = "SL_STORE_NAME", columnNames = "NAME"))
@NamedQuery(name = Store.BY_NAME, query = "SELECT s FROM Store s WHERE s.name = :name")
@NamedQuery(name = Store.ALL, query = "SELECT s FROM Store s ORDER BY s.name")
public class Store {

    public static final String BY_NAME = "Store.byName";
    public static final String ALL = "Store.all";

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
}
