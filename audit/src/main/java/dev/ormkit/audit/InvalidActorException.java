package dev.ormkit.audit;

import dev.ormkit.core.OrmKitException;

/**
 * An actor name ormkit will not record: {@link Auditing#as(String, java.util.function.Supplier)} was given a blank
 * one. Thrown before the work runs, so nothing was written. Pass the user's or job's name; when an actor name comes
 * from outside (a login, a header), check it first or let the {@link AuditorProvider} supply it, which falls back to
 * the system actor when it has none.
 */
public class InvalidActorException extends OrmKitException {

    private static final long serialVersionUID = 1L;

    /** A refused actor name; the message says what is allowed. */
    public InvalidActorException(String message) {
        super(message);
    }
}
