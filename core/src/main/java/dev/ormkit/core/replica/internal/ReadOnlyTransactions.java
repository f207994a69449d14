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
            String state = replicaFailure(failure);
            if (replica == null || state == null) {
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
     * The SQLState that says the replica, not the query, is the problem, found anywhere in the failure (a failed
     * COMMIT is followed by a failed rollback, and Hibernate reports the second): connection class 08, the server
     * out of resources, shutting down or starting (53, 57P01–57P03), a system error (58), an SQLException without
     * state (HikariCP's "Connection is closed" once it evicted a broken connection), and 40001, which on a hot
     * standby means "canceled due to conflict with recovery". Null when there is none.
     */
    public static @Nullable String replicaFailure(Throwable failure) {
        return replicaFailure(failure, 0);
    }

    private static @Nullable String replicaFailure(@Nullable Throwable failure, int depth) {
        if (failure == null || depth > 20) {
            return null;
        }
        if (failure instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state == null) {
                return "none"; // the pool's "Connection is closed" after it evicted a broken connection
            }
            if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P") || state.startsWith("58")
                    || state.equals("40001")) {
                return state;
            }
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            String state = replicaFailure(suppressed, depth + 1);
            if (state != null) {
                return state;
            }
        }
        return failure.getCause() == failure ? null : replicaFailure(failure.getCause(), depth + 1);
    }
}
