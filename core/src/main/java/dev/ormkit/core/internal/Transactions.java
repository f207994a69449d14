package dev.ormkit.core.internal;

import dev.ormkit.core.CommitOutcomeUnknownException;
import dev.ormkit.core.ConnectionLostException;
import dev.ormkit.core.DatabaseFailureException;
import dev.ormkit.core.OrmKitException;
import dev.ormkit.core.RetriesExhaustedException;
import dev.ormkit.core.RetryPolicy;
import jakarta.transaction.Synchronization;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;

/**
 * Runs a unit of work in a transaction and knows how it ended. After Hibernate's flush and before COMMIT it reads the
 * transaction's id ({@code txid_current_if_assigned()}, null when it wrote nothing; one extra round trip, on
 * the driver's connection so that SQL capture does not count it).
 * If the connection breaks during COMMIT, PostgreSQL may or may not have committed; {@link CommitOutcome}
 * asks it on a new connection ({@code txid_status}), so a commit that happened is reported as success and
 * one that did not as a retryable {@link ConnectionLostException}. Only when that cannot be found out is
 * {@link CommitOutcomeUnknownException} raised.
 */
public final class Transactions {

    private final SessionFactory sessionFactory;
    private final DataSource dataSource;
    private final Duration outcomeWait;

    public Transactions(SessionFactory sessionFactory, DataSource dataSource, Duration outcomeWait) {
        this.sessionFactory = sessionFactory;
        this.dataSource = dataSource;
        this.outcomeWait = outcomeWait;
    }

    /** Runs {@code work} once; failures inside it propagate as Hibernate raised them (ormkit's own unwrapped). */
    public <R> R run(Function<Session, R> work) {
        try (Session session = sessionFactory.openSession()) {
            Transaction transaction = session.beginTransaction();
            TransactionIdProbe probe = new TransactionIdProbe(session);
            transaction.registerSynchronization(probe);
            R result;
            try {
                result = work.apply(session);
            } catch (RuntimeException | Error failure) {
                rollbackQuietly(transaction, failure);
                throw rethrown(failure);
            }
            try {
                transaction.commit();
                return result;
            } catch (RuntimeException failure) {
                if (FailureClassifier.classify(failure) instanceof ConnectionLostException lost) {
                    RuntimeException notCommitted = afterLostCommit(probe, failure, lost);
                    if (notCommitted == null) {
                        return result; // PostgreSQL confirmed the commit
                    }
                    throw notCommitted;
                }
                rollbackQuietly(transaction, failure);
                throw rethrown(failure);
            }
        }
    }

    /** What a commit whose connection broke amounts to: the exception to throw, or null when it committed. */
    private @Nullable RuntimeException afterLostCommit(TransactionIdProbe probe, RuntimeException failure,
            ConnectionLostException lost) {
        if (!probe.asked) {
            return new ConnectionLostException("The connection to PostgreSQL was lost while flushing, before COMMIT "
                    + "was sent: nothing of the transaction was written. Retryable: run the unit of work again.",
                    failure, lost.sqlState());
        }
        Long txid = probe.txid;
        if (txid == null) {
            return new ConnectionLostException("The connection to PostgreSQL was lost during COMMIT of a transaction "
                    + "that had written nothing; nothing was lost. Retryable.", failure, lost.sqlState());
        }
        return switch (CommitOutcome.ask(dataSource, txid, outcomeWait)) {
            case COMMITTED -> null;
            case ABORTED -> new ConnectionLostException("The connection to PostgreSQL was lost during COMMIT, and "
                    + "PostgreSQL reports that transaction " + txid + " did not commit (txid_status = aborted): "
                    + "nothing of it was written. Retryable: run the unit of work again.", failure, lost.sqlState());
            case UNKNOWN -> new CommitOutcomeUnknownException("The connection to PostgreSQL was lost during COMMIT of "
                    + "transaction " + txid + ", and whether it committed could not be found out within "
                    + outcomeWait.toSeconds() + " s (server unreachable, or the transaction still in progress). Its "
                    + "writes may or may not be there: check, by the ids of the entities it wrote, before doing it "
                    + "again; or ask the server later with select txid_status(" + txid + ").", failure, txid);
        };
    }

    /**
     * Reads the transaction's id after Hibernate's flush and before the JDBC commit: Hibernate runs its own
     * flush first, then the synchronizations' {@code beforeCompletion}. (An extra flush of ormkit's own would
     * not do: a second flush can find the entities the first one touched dirty again.)
     */
    private static final class TransactionIdProbe implements Synchronization {
        private final Session session;
        volatile boolean asked;
        volatile @Nullable Long txid;

        TransactionIdProbe(Session session) {
            this.session = session;
        }

        @Override
        public void beforeCompletion() {
            txid = session.doReturningWork(Transactions::transactionId);
            asked = true;
        }

        @Override
        public void afterCompletion(int status) {
            // nothing to do
        }
    }

    /**
     * The transaction's id, or null when it wrote nothing. Asked on the driver's own connection (the same
     * session and transaction), so that statement capture and statistics, which wrap the pool, count only the
     * application's statements: test suites assert exact statement counts.
     */
    private static @Nullable Long transactionId(Connection connection) throws SQLException {
        Connection driver = connection.isWrapperFor(PGConnection.class)
                && connection.unwrap(PGConnection.class) instanceof Connection pg ? pg : connection;
        try (PreparedStatement statement = driver.prepareStatement("select txid_current_if_assigned()");
                ResultSet row = statement.executeQuery()) {
            row.next();
            long id = row.getLong(1);
            return row.wasNull() ? null : id;
        }
    }

    /** Runs {@code work} until it succeeds or {@code policy} gives up; failures classified where possible. */
    public <R> R run(RetryPolicy policy, Function<Session, R> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return run(work);
            } catch (RuntimeException failure) {
                DatabaseFailureException kind = FailureClassifier.classify(failure);
                if (kind == null) {
                    throw failure;
                }
                if (!policy.retries(kind, attempt)) {
                    if (attempt > 1) {
                        kind.addSuppressed(new RetriesExhaustedException(attempt, policy.maxAttempts()));
                    }
                    throw kind;
                }
                pause(policy.pauseAfter(attempt), kind);
            }
        }
    }

    private static void pause(Duration pause, RuntimeException failure) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }

    private static void rollbackQuietly(Transaction transaction, Throwable failure) {
        try {
            if (transaction.isActive()) {
                transaction.rollback();
            }
        } catch (RuntimeException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    /**
     * The failure to throw: an ormkit exception a listener raised during flush instead of the
     * {@code RollbackException} or {@code PersistenceException} Hibernate wrapped it in.
     */
    private static RuntimeException rethrown(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure instanceof jakarta.persistence.PersistenceException
                && failure.getCause() instanceof OrmKitException ormkit) {
            return ormkit;
        }
        return (RuntimeException) failure;
    }
}
