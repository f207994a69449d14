package dev.ormkit.core;

import dev.ormkit.core.internal.Ids;
import dev.ormkit.core.internal.Proxies;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The superclass for entities that follow the database rules ormkit stands for: a UUID primary key,
 * {@code created_at} and {@code updated_at} timestamps, and optimistic locking.
 *
 * <ul>
 *   <li>{@code id} is a time-ordered UUID (version 7) assigned when the object is constructed, so
 *       {@code equals}/{@code hashCode} are stable before and after persist, no id round trip is needed
 *       and inserts batch. Ids made in one JVM are strictly increasing, also within a millisecond, which
 *       keeps the primary-key index compact.</li>
 *   <li>{@code createdAt} and {@code updatedAt} are set at flush from the {@link java.time.Clock} configured
 *       with {@link OrmKitBuilder#clock}, or the {@code ormkit.clock} property, and stored as
 *       {@code timestamptz} with microsecond precision. {@code updatedAt} changes only when Hibernate
 *       writes an UPDATE for the row, never for a flush that finds nothing changed.</li>
 *   <li>{@code version} is the optimistic-lock version. It is {@code null} while the entity is new, so
 *       {@code persist} and {@code merge} of a new entity issue no SELECT.</li>
 * </ul>
 *
 * <p>Entities are {@link Serializable} (HTTP session stores, caches, test tools copy them): a deserialized copy
 * keeps the id, version and timestamps, so it {@code equals} the original and {@code merge} updates the same row.
 * Subclasses serialize their own fields as usual; under {@code javac -Xlint:serial} each needs a
 * {@code serialVersionUID}.
 *
 * <p>Columns are named explicitly ({@code id}, {@code created_at}, {@code updated_at}, {@code version}),
 * so they are right under any naming strategy. {@code equals}, {@code hashCode} and {@code toString} are
 * final: they compare the id and the effective class, work on uninitialised Hibernate proxies without
 * loading them, and never print field values.
 *
 * <pre>{@code
 * @Entity
 * @Table(name = "owner")
 * public class Owner extends BaseEntity {
 *     @Column(nullable = false)
 *     private String name;
 *     protected Owner() {}                  // for Hibernate
 *     public Owner(String name) { this.name = name; }
 * }
 * }</pre>
 */
@MappedSuperclass
public abstract class BaseEntity implements Timestamped, Serializable {

    private static final long serialVersionUID = 1L;

    /** The primary key: a version 7 UUID assigned when the object is constructed. */
    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    /** When the row was inserted, from the configured {@code Clock}; null while new. */
    @Column(name = "created_at", nullable = false, updatable = false)
    private @Nullable Instant createdAt;

    /** When the row was last updated (or inserted), from the configured {@code Clock}; null while new. */
    @Column(name = "updated_at", nullable = false)
    private @Nullable Instant updatedAt;

    /** The optimistic-locking version: null while new, 0 after the insert, one more on each update. */
    @Version
    @Column(name = "version", nullable = false)
    private @Nullable Long version;

    /** Creates an entity with a fresh version 7 id. */
    protected BaseEntity() {
        this.id = Ids.newId();
    }

    /**
     * Creates an entity with the id the application gives: for imports that keep the ids of another system, and
     * for fixtures and tests that need a known id. The id is fixed for the entity's life like a generated one, so
     * {@code equals}/{@code hashCode} stay stable; there is no setter. The entity is new ({@link #isNew()}), so
     * {@code persist} inserts it under this id, and the insert fails at flush with a unique violation when a row
     * already has it (use {@code find} or {@code merge} for existing rows). Any UUID version is accepted; ids
     * that are not version 7 do not sort by creation time.
     *
     * <p>Expose it only where an id from outside is meant, for example:
     * <pre>{@code
     * public static Customer imported(UUID legacyId, String name) {
     *     return new Customer(legacyId, name);       // private Customer(UUID id, String name) { super(id); ... }
     * }
     * }</pre>
     *
     * @param id the primary key; not {@code null} and not the nil UUID
     * @throws NullPointerException if {@code id} is {@code null}
     * @throws IllegalArgumentException if {@code id} is the nil UUID {@code 00000000-0000-0000-0000-000000000000}
     */
    protected BaseEntity(UUID id) {
        this.id = Objects.requireNonNull(id, "id must not be null: use the no-argument constructor for a new id");
        if (id.getMostSignificantBits() == 0 && id.getLeastSignificantBits() == 0) {
            throw new IllegalArgumentException("id must not be the nil UUID " + id
                    + ": it is no identity; use the no-argument constructor for a new id");
        }
    }

    /** The primary key, assigned at construction (generated, or given to {@link #BaseEntity(UUID)}); never null. */
    public UUID getId() {
        return id;
    }

    /** When the row was inserted, or {@code null} before the first flush. */
    @Override
    public @Nullable Instant getCreatedAt() {
        return createdAt;
    }

    /** When the row was last written, or {@code null} before the first flush. */
    @Override
    public @Nullable Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The optimistic-lock version: {@code null} while new, 0 after insert, incremented by each update. */
    public @Nullable Long getVersion() {
        return version;
    }

    /** Whether this entity has never been written to the database (its version is still {@code null}). */
    public boolean isNew() {
        return version == null;
    }

    /**
     * Sets the creation time; ormkit calls this at insert when it is still {@code null}. Applications
     * normally leave it alone; an import may set it to keep a historical value.
     */
    @Override
    public void setCreatedAt(@Nullable Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** Sets the last-write time; ormkit calls this at every insert and update. */
    @Override
    public void setUpdatedAt(@Nullable Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    /** Equal when both are entities of the same effective class (proxies included) with the same id. */
    @Override
    public final boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof BaseEntity)) {
            return false;
        }
        return Proxies.effectiveClass(this) == Proxies.effectiveClass(other)
                && Proxies.idOf(this).equals(Proxies.idOf((BaseEntity) other));
    }

    /** The id's hash: stable for the entity's whole life, because the id never changes. */
    @Override
    public final int hashCode() {
        return Proxies.idOf(this).hashCode();
    }

    /** The entity type and id, for example {@code Owner[0190f3c2-…]}; never field values. */
    @Override
    public final String toString() {
        return Proxies.effectiveClass(this).getSimpleName() + "[" + Proxies.idOf(this) + "]";
    }
}
