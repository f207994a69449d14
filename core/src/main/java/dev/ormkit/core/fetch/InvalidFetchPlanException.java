package dev.ormkit.core.fetch;

import dev.ormkit.core.OrmKitException;

/**
 * A fetch plan path the entity model does not have, or that names a property that is not an association.
 * The message names the entity, the property and the associations that exist.
 */
public class InvalidFetchPlanException extends OrmKitException {

    private static final long serialVersionUID = 1L;

    /** An invalid plan; the message names the path at fault and the fix. */
    public InvalidFetchPlanException(String message) {
        super(message);
    }
}
