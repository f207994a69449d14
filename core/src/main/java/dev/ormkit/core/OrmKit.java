package dev.ormkit.core;

import dev.ormkit.core.internal.Bootstrap;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * A started ormkit: a Hibernate {@link SessionFactory} (which is also the JPA {@link EntityManagerFactory})
 * on a PostgreSQL connection pool, with ormkit's safe defaults.
 *
 * <pre>{@code
 * try (OrmKit orm = OrmKit.builder()
 *         .jdbcUrl("jdbc:postgresql://localhost:5432/clinic").username("clinic").password(secret)
 *         .entities(Owner.class, Pet.class)
 *         .build()) {
 *     UUID id = orm.fromTransaction(session -> {
 *         Owner owner = new Owner("Ada");
 *         session.persist(owner);
 *         return owner.getId();
 *     });
 *     orm.inTransaction(session -> session.find(Owner.class, id).rename("Ada L."));
 * }
 * }</pre>
 *
 * <p>Safe to share between threads; {@link #close()} it once, at shutdown.
 */
public final class OrmKit implements AutoCloseable {

    private final Bootstrap.Started started;

    OrmKit(Bootstrap.Started started) {
        this.started = started;
    }

    /** Starts configuring an {@code OrmKit}. */
    public static OrmKitBuilder builder() {
        return new OrmKitBuilder();
    }

    /** The session factory; open sessions from it or use {@link #inTransaction}. */
    public SessionFactory sessionFactory() {
        return started.sessionFactory();
    }

    /** The same factory seen through the Jakarta Persistence API. */
    public EntityManagerFactory entityManagerFactory() {
        return started.sessionFactory();
    }

    /** The connection pool: the one ormkit owns, or the one the application passed to the builder. */
    public DataSource dataSource() {
        return started.dataSource();
    }

    /** The clock ormkit's timestamps come from. */
    public Clock clock() {
        return started.settings().clock();
    }

    /** The timeout applied to every query that sets none; {@link Duration#ZERO} when there is none. */
    public Duration defaultQueryTimeout() {
        return started.settings().defaultQueryTimeout();
    }

    /**
     * Runs {@code work} in a new session and transaction, commits, and closes the session. If {@code work}
     * throws, the transaction is rolled back and the exception propagates. See {@link #fromTransaction(Function)}
     * for what happens when the connection is lost during COMMIT.
     */
    public void inTransaction(Consumer<Session> work) {
        Objects.requireNonNull(work, "work must not be null");
        fromTransaction(session -> {
            work.accept(session);
            return null;
        });
    }

    /**
     * Runs {@code work} in a new session and transaction, commits, closes the session and returns what
     * {@code work} returned. If {@code work} (or the flush before COMMIT) throws, the transaction is rolled back
     * and the exception propagates as Hibernate raised it (an ormkit exception thrown during the flush is
     * unwrapped from Hibernate's {@code RollbackException}); {@link DatabaseFailures#classify} names its kind.
     *
     * <p>If the connection is lost during COMMIT, ormkit asks PostgreSQL on a new connection whether the
     * transaction committed: if it did, this method returns normally; if not, it throws a retryable
     * {@link ConnectionLostException}; if that cannot be found out within 30 seconds, a
     * {@link CommitOutcomeUnknownException}. This costs one round trip per transaction
     * ({@code txid_current_if_assigned()}, after the flush).
     */
    public <R> R fromTransaction(Function<Session, R> work) {
        Objects.requireNonNull(work, "work must not be null");
        return started.transactions().run(work);
    }

    /**
     * {@link #inTransaction(Consumer)}, run again in a new transaction after a retryable failure, as
     * {@code policy} allows; failures are thrown as {@link DatabaseFailureException} subtypes where their kind
     * is known.
     */
    public void inTransaction(RetryPolicy policy, Consumer<Session> work) {
        Objects.requireNonNull(work, "work must not be null");
        fromTransaction(policy, session -> {
            work.accept(session);
            return null;
        });
    }

    /**
     * {@link #fromTransaction(Function)}, run again in a new transaction after a retryable failure, as
     * {@code policy} allows (see {@link RetryPolicy} for what makes a unit of work safe to repeat). After the
     * last attempt, or on a failure that is not retryable, the failure is thrown as a
     * {@link DatabaseFailureException} subtype where its kind is known, otherwise as raised.
     */
    public <R> R fromTransaction(RetryPolicy policy, Function<Session, R> work) {
        Objects.requireNonNull(policy, "policy must not be null");
        Objects.requireNonNull(work, "work must not be null");
        return started.transactions().run(policy, work);
    }

    /**
     * Runs {@code work} in a new read-only session and transaction and returns what it returned. With
     * {@linkplain OrmKitBuilder#replicas read replicas} it reads from a replica that lags by no more than the
     * configured bound and has replayed this thread's earlier writes, else from the primary; inside a read-write
     * transaction of this thread, or in a {@link dev.ormkit.core.replica.FreshReads} block, always from the primary.
     * If the replica fails under it (connection lost, server stopped, a query cancelled by recovery), the replica
     * is taken out of service and {@code work} runs once more on the primary, so it must be safe to repeat.
     *
     * <pre>{@code
     * List<Owner> owners = orm.fromReadOnlyTransaction(session ->
     *         session.createSelectionQuery("from Owner order by name", Owner.class).setMaxResults(50).getResultList());
     * }</pre>
     *
     * <p>Entities are loaded read-only (Hibernate keeps no snapshot and does not dirty-check them), and the
     * transaction is {@code READ ONLY} on the server: a write inside it fails. Without replicas it runs on the
     * primary with the same guarantees.
     */
    public <R> R fromReadOnlyTransaction(Function<Session, R> work) {
        Objects.requireNonNull(work, "work must not be null");
        return started.readOnlyTransactions().run(work);
    }

    /** {@link #fromReadOnlyTransaction(Function)} for work that returns nothing. */
    public void inReadOnlyTransaction(Consumer<Session> work) {
        Objects.requireNonNull(work, "work must not be null");
        fromReadOnlyTransaction(session -> {
            work.accept(session);
            return null;
        });
    }

    /** Closes the session factory and, when ormkit owns it, the connection pool. Idempotent. */
    @Override
    public void close() {
        started.close();
    }
}
