package dev.ormkit.core.query;

import dev.ormkit.core.DatabaseFailureException;

/**
 * A repository query ran past its timeout and PostgreSQL cancelled it. The connection stays usable, but the
 * transaction is aborted on the server: roll it back. The cause is Hibernate's exception
 * ({@code org.hibernate.QueryTimeoutException}, from SQLState 57014). Not retryable as is: the same query
 * would time out again.
 */
public class QueryTimedOutException extends DatabaseFailureException {

    private static final long serialVersionUID = 1L;

    /** A timed-out query; the message names the entity and the timeout. */
    public QueryTimedOutException(String message, Throwable cause) {
        super(message, cause, "57014", false);
    }
}
