package dev.ormkit.core.repository;

import dev.ormkit.core.OrmKitException;
import dev.ormkit.core.internal.EntityNames;
import java.util.UUID;

/**
 * {@link EntityRepository#get} found no row with the id (or the row is hidden, for example soft-deleted).
 * The message names the entity and the id.
 */
public class NoSuchEntityException extends OrmKitException {

    private static final long serialVersionUID = 1L;

    /** The entity class that was looked up. */
    private final Class<?> entity;
    /** The id that no row has. */
    private final UUID id;

    /** No {@code entity} with {@code id}. */
    public NoSuchEntityException(Class<?> entity, UUID id) {
        super("No " + EntityNames.of(entity) + " with id " + id + ". It does not exist or is hidden (for example "
                + "soft-deleted). Use find(id) when absence is expected.");
        this.entity = entity;
        this.id = id;
    }

    /** The entity class looked up. */
    public Class<?> entity() {
        return entity;
    }

    /** The id looked up. */
    public UUID id() {
        return id;
    }
}
