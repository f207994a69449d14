package dev.ormkit.core.query;

import dev.ormkit.core.OrmKitException;

/**
 * A repository query ran past its timeout and PostgreSQL cancelled it. The connection stays usable, but the
 * transaction is aborted on the server: roll it back. The cause chain is Hibernate's: a
 * {@code jakarta.persistence.PersistenceException}, caused by {@code org.hibernate.QueryTimeoutException}, caused by
 * pgjdbc's {@code PSQLException} with SQLState 57014.
 */
public class QueryTimedOutException extends OrmKitException {

    private static final long serialVersionUID = 1L;

    /** A timed-out query; the message names the entity and the timeout. */
    public QueryTimedOutException(String message, Throwable cause) {
        super(message, cause);
    }
}
