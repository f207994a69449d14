package dev.ormkit.core.query;

import dev.ormkit.core.OrmKitException;

/**
 * A query specification ormkit will not run: a string literal in a JPQL condition, a reserved or malformed
 * parameter name, a negative or fractional timeout, a limit below 1, or JPQL Hibernate cannot parse. The message names the value and the fix.
 */
public class InvalidQueryException extends OrmKitException {

    private static final long serialVersionUID = 1L;

    /** An invalid specification; the message names the value and the fix. */
    public InvalidQueryException(String message) {
        super(message);
    }

    /** An invalid specification that Hibernate refused; {@code cause} is Hibernate's exception. */
    public InvalidQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
