package dev.ormkit.core.paging;

import dev.ormkit.core.OrmKitException;

/**
 * A page request ormkit will not run: a page size below 1 or above the configured maximum, a page number
 * below 1, or a sort key the entity does not have or cannot sort by. The message names the value and the fix.
 */
public class InvalidPageRequestException extends OrmKitException {

    private static final long serialVersionUID = 1L;

    /** An invalid request; the message names the value at fault and the fix. */
    public InvalidPageRequestException(String message) {
        super(message);
    }
}
