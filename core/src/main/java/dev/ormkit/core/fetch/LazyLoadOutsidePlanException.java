package dev.ormkit.core.fetch;

import dev.ormkit.core.OrmKitException;

/**
 * Strict fetch mode stopped a lazy load that no fetch plan asked for (the Hibernate counterpart of
 * SQLAlchemy's {@code raiseload}). The message names the entity and property and the plan entry that loads
 * it up front. Thrown before any SQL is sent; the session and transaction stay usable.
 */
public class LazyLoadOutsidePlanException extends OrmKitException {

    private static final long serialVersionUID = 1L;

    /** The name of the entity whose association was loaded. */
    private final String entity;
    /** The association that the fetch plan did not name. */
    private final String property;

    /** A stopped lazy load of {@code entity.property}. */
    public LazyLoadOutsidePlanException(String entity, String property, String message) {
        super(message);
        this.entity = entity;
        this.property = property;
    }

    /**
     * The entity whose association was about to load, for example {@code Owner}: its {@code @Entity(name = ...)}
     * when given, else the class's simple name ({@code Author} for a nested class {@code Model.Author}).
     */
    public String entity() {
        return entity;
    }

    /** The association, for example {@code pets}. */
    public String property() {
        return property;
    }
}
