package dev.ormkit.core.replica.internal;

import dev.ormkit.core.replica.FreshReads;
import java.sql.SQLException;
import java.util.function.Function;
import org.hibernate.CacheMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.jspecify.annotations.Nullable;

/**
 * Runs a unit of work in a read-only session (Hibernate's {@code readOnly(true)}: routed to a replica when there
 * are replicas, entities loaded read-only, no dirty checking at flush). When a replica fails under it (connection
 * lost, server shut down, or a query cancelled by a conflict with recovery), the replica is taken out of service
 * (unless it was a recovery conflict) and the unit of work runs once more, on the primary. Read-only work is safe to repeat;
 * that is what makes "no request fails because a replica is unavailable" hold for work already running.
 */
public final class ReadOnlyTransactions {

    private final SessionFactory sessionFactory;
    private final @Nullable ReplicaSet replicas;

    public ReadOnlyTransactions(SessionFactory sessionFactory, @Nullable ReplicaSet replicas) {
        this.sessionFactory = sessionFactory;
        this.replicas = replicas;
    }

    public <R> R run(Function<Session, R> work) {
        ReplicaSet set = replicas;
        if (set == null) {
            return once(work, CacheMode.NORMAL);
        }
        set.forgetServed();
        try {
            return once(work, CacheMode.GET);
        } catch (RuntimeException failure) {
            Replica replica = set.lastServed();
            String state = sqlState(failure);
            if (replica == null || state == null || !replicaFailure(state)) {
                throw failure;
            }
            if (!state.equals("40001")) {
                set.failed(replica, failure);
            }
            set.forgetServed();
            try {
                return FreshReads.call(() -> once(work, CacheMode.GET));
            } catch (RuntimeException again) {
                again.addSuppressed(failure);
                throw again;
            }
        } finally {
            set.forgetServed();
        }
    }

    private <R> R once(Function<Session, R> work, CacheMode cacheMode) {
        // CacheMode.GET with replicas: data read from a replica may be stale and must not enter the second-level cache
        try (Session session = sessionFactory.withOptions().readOnly(true).initialCacheMode(cacheMode).openSession()) {
            Transaction transaction = session.beginTransaction();
            try {
                R result = work.apply(session);
                transaction.commit();
                return result;
            } catch (RuntimeException | Error failure) {
                try {
                    if (transaction.isActive()) {
                        transaction.rollback();
                    }
                } catch (RuntimeException rollbackFailure) {
                    failure.addSuppressed(rollbackFailure);
                }
                throw failure;
            }
        }
    }

    /**
     * Failures that say the replica, not the query, is the problem: connection class 08, the server shutting down
     * or starting (57P01–57P03), and 40001, which on a hot standby means "canceled due to conflict with recovery".
     */
    private static boolean replicaFailure(String sqlState) {
        return sqlState.startsWith("08") || sqlState.equals("57P01") || sqlState.equals("57P02")
                || sqlState.equals("57P03") || sqlState.equals("40001");
    }

    private static @Nullable String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
