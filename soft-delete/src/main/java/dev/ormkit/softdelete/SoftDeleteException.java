package dev.ormkit.softdelete;

import dev.ormkit.core.OrmKitException;

/** A soft-delete operation that cannot be done as asked; the message names the entity and the fix. */
public class SoftDeleteException extends OrmKitException {

    private static final long serialVersionUID = 1L;

    /** An exception whose message names the entity at fault and how to fix it. */
    public SoftDeleteException(String message) {
        super(message);
    }
}
