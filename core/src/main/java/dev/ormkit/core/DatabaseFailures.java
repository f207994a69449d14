package dev.ormkit.core;

import dev.ormkit.core.internal.FailureClassifier;
import java.util.Optional;

/**
 * Maps any exception to ormkit's vocabulary of database failures, whichever API raised it (a Hibernate
 * {@code Session}, a Jakarta Persistence {@code EntityManager} or its {@code RollbackException}, Spring's
 * translated exceptions, a repository, {@code BatchInsert}, {@code BulkImport}, a stream, plain JDBC): the
 * kind is read from the SQLState found in the cause chain, or from Hibernate's optimistic-lock exceptions.
 *
 * <pre>{@code
 * try {
 *     transactionTemplate.executeWithoutResult(status -> work());
 * } catch (RuntimeException e) {
 *     if (DatabaseFailures.classify(e).map(DatabaseFailureException::isRetryable).orElse(false)) {
 *         // run work() again
 *     }
 *     throw e;
 * }
 * }</pre>
 *
 * <table>
 * <caption>Kinds</caption>
 * <tr><th>SQLState / exception</th><th>ormkit type</th><th>retryable</th></tr>
 * <tr><td>08xxx, 57P01–57P03, a lost socket, no pooled connection free in time</td>
 *     <td>{@link ConnectionLostException}</td><td>yes</td></tr>
 * <tr><td>40001, 40P01, 55P03</td><td>{@link TransactionConflictException}</td><td>yes</td></tr>
 * <tr><td>stale version (Hibernate {@code StaleStateException}, JPA {@code OptimisticLockException})</td>
 *     <td>{@link OptimisticConflictException}</td><td>no</td></tr>
 * <tr><td>57014</td><td>{@link QueryTimedOutException}</td><td>no</td></tr>
 * <tr><td>23xxx</td><td>{@link ConstraintViolatedException}</td><td>no</td></tr>
 * <tr><td>22xxx</td><td>{@link DataRejectedException}</td><td>no</td></tr>
 * </table>
 */
public final class DatabaseFailures {

    private DatabaseFailures() {}

    /**
     * The ormkit exception for {@code failure}: itself when it already is one, a new one for a recognised kind,
     * or empty (a programming error such as an HQL syntax error, or an unknown SQLState).
     */
    public static Optional<DatabaseFailureException> classify(Throwable failure) {
        return Optional.ofNullable(FailureClassifier.classify(failure));
    }
}
