package dev.ormkit.core;

/**
 * A repository query ran past its timeout and PostgreSQL cancelled it. The connection stays usable, but the
 * transaction is aborted on the server: roll it back. Not retryable as is: the same query would time out again.
 * The cause is the failure Hibernate reported: from a repository query, a
 * {@code jakarta.persistence.PersistenceException} caused by {@code org.hibernate.QueryTimeoutException} caused by
 * pgjdbc's {@code PSQLException} with SQLState 57014.
 */
public class QueryTimedOutException extends DatabaseFailureException {

    private static final long serialVersionUID = 1L;

    /** A timed-out query; the message names the entity and the timeout. */
    public QueryTimedOutException(String message, Throwable cause) {
        super(message, cause, "57014", false);
    }
}
