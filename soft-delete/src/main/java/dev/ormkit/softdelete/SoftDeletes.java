package dev.ormkit.softdelete;

import dev.ormkit.core.fetch.StrictFetch;
import dev.ormkit.core.internal.EntityNames;
import dev.ormkit.core.observe.ProgressListener;
import dev.ormkit.core.observe.SoftDeleteEvent;
import dev.ormkit.core.observe.internal.Observers;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.softdelete.internal.BulkSoftDelete;
import dev.ormkit.softdelete.internal.RestoreTree;
import dev.ormkit.softdelete.internal.RetentionPurge;
import dev.ormkit.softdelete.internal.SoftDeletableTables;
import dev.ormkit.softdelete.internal.SoftDeleteState;
import dev.ormkit.softdelete.internal.VisibilityFilters;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;

/**
 * Seeing, restoring and purging soft-deleted rows. Deleting needs nothing from here: {@code em.remove(e)} of a
 * {@link SoftDeletable} entity soft-deletes it.
 *
 * <pre>{@code
 * List<Customer> all = SoftDeletes.includingDeleted(em, () ->
 *         em.createQuery("from Customer", Customer.class).getResultList());
 * try (SoftDeletes.Scope deleted = SoftDeletes.scope(em, Visibility.ONLY_DELETED)) {
 *     long trash = em.createQuery("select count(*) from Customer", Long.class).getSingleResult();
 * }
 * SoftDeletes.restore(em, Customer.class, id);                      // the row and what was deleted with it
 * SoftDeletes.deleteAll(em, Customer.class, QuerySpec.where("e.city = :c").bind("c", "Oslo")); // soft, versioned
 * SoftDeletes.purgeDeletedBefore(em, Customer.class, cutoff);       // retention: real DELETEs
 * }</pre>
 *
 * <p>Every method takes the {@code EntityManager} or Hibernate {@code Session} of the current unit of work;
 * scopes change what that session sees until they close, and nothing else.
 */
public final class SoftDeletes {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private SoftDeletes() {}

    /**
     * Makes {@code em} see the rows {@code visibility} names — in queries, {@code find}, and collections loaded
     * from now on — until the returned scope is closed, which restores what it saw before. For one query:
     * {@code try (var scope = SoftDeletes.scope(em, Visibility.INCLUDING_DELETED)) { ... }}.
     */
    public static Scope scope(EntityManager em, Visibility visibility) {
        Objects.requireNonNull(visibility, "visibility must not be null");
        Session session = session(em);
        Visibility before = VisibilityFilters.of(session);
        VisibilityFilters.apply(session, visibility);
        return () -> VisibilityFilters.apply(session, before);
    }

    /** Runs {@code work} with deleted rows visible in {@code em} as well as live ones. */
    public static <T> T includingDeleted(EntityManager em, Supplier<T> work) {
        return within(scope(em, Visibility.INCLUDING_DELETED), work);
    }

    /** Runs {@code work} with deleted rows visible in {@code em} as well as live ones. */
    public static void includingDeleted(EntityManager em, Runnable work) {
        includingDeleted(em, () -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work} with only deleted rows visible in {@code em}. */
    public static <T> T onlyDeleted(EntityManager em, Supplier<T> work) {
        return within(scope(em, Visibility.ONLY_DELETED), work);
    }

    private static <T> T within(Scope scope, Supplier<T> work) {
        try {
            return work.get();
        } finally {
            scope.close();
        }
    }

    /** Runs {@code work} with only deleted rows visible in {@code em}. */
    public static void onlyDeleted(EntityManager em, Runnable work) {
        onlyDeleted(em, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Restores a soft-deleted entity and exactly the entities that were soft-deleted with it through cascade
     * remove or orphan removal (those with the same {@code deletedAt}); children deleted earlier on their own
     * stay deleted. The changes are flushed with the unit of work, as ordinary versioned UPDATEs.
     *
     * @return how many entities were restored, 0 if it was not deleted
     * @throws SoftDeleteException if no row of that type has that id
     */
    public static <T extends SoftDeletable> int restore(EntityManager em, Class<T> type, Object id) {
        Session session = session(em);
        return includingDeleted(session, () -> {
            T entity = session.find(type, id);
            if (entity == null) {
                throw new SoftDeleteException("Cannot restore " + type.getSimpleName() + " with id " + id
                        + ": no such row, deleted or not. It may have been purged.");
            }
            Instant deletedAt = entity.getDeletedAt();
            int restored = deletedAt == null ? 0 : StrictFetch.allowLazyLoads(
                    () -> RestoreTree.restore(session, entity, deletedAt));
            publish(session, type, SoftDeleteEvent.Action.RESTORE, restored);
            return restored;
        });
    }

    /** Restores {@code entity} (managed or detached); see {@link #restore(EntityManager, Class, Object)}. */
    public static int restore(EntityManager em, SoftDeletable entity) {
        Objects.requireNonNull(entity, "entity must not be null");
        Object id = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
        return restore(em, org.hibernate.Hibernate.getClass(entity).asSubclass(SoftDeletable.class), id);
    }

    /**
     * Deletes a soft-deleted {@code entity}'s row for real, with what it cascades remove to, and flushes. This is
     * the only way ormkit issues a DELETE for one soft-deletable entity, and only for a row that is soft-deleted:
     * the row is read again under a row lock ({@code select ... for update}) and checked before the DELETE, so a
     * restore that commits first makes the purge fail, and a restore that comes second finds no row to update.
     *
     * @return whether a row was deleted (false when none had that id)
     * @throws SoftDeleteException if the row is live (not soft-deleted): delete it first, then purge
     */
    public static boolean purge(EntityManager em, SoftDeletable entity) {
        Objects.requireNonNull(entity, "entity must not be null");
        Session session = session(em);
        Object id = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
        Class<?> type = org.hibernate.Hibernate.getClass(entity);
        return includingDeleted(session, () -> SoftDeleteState.purge(() -> {
            Object managed = session.find(type, id);
            if (managed == null) {
                return false;
            }
            return StrictFetch.allowLazyLoads(() -> {
                session.refresh(managed, LockModeType.PESSIMISTIC_WRITE);
                if (!((SoftDeletable) managed).isDeleted()) {
                    throw new SoftDeleteException("Cannot purge " + session.getMetamodel().entity(type).getName() + " with id " + id
                            + ": the row is live, not soft-deleted, and purge deletes only soft-deleted rows. "
                            + "Soft-delete it first (em.remove(...)), or restore has won a race with this purge.");
                }
                session.remove(managed);
                session.flush();
                publish(session, type, SoftDeleteEvent.Action.PURGE, 1);
                return true;
            });
        }));
    }

    /**
     * Soft-deletes every {@code type} row {@code spec} matches, the safe way to delete in bulk: when the entity
     * allows it, one UPDATE that sets {@code deleted_at} from ormkit's clock, increments {@code version} (so a
     * writer holding an older version fails with an optimistic-lock error instead of undoing the delete) and sets
     * {@code updated_at} (and {@code deleted_by} with ormkit-audit); when the entity cascades remove or keeps a
     * change log, the rows are loaded in chunks of 500 and removed one by one, so cascades and listeners run.
     * Rows already deleted are left as they are. Only the spec's conditions are used (not its order or fetch plan).
     *
     * <pre>{@code
     * long gone = SoftDeletes.deleteAll(em, Customer.class,
     *         QuerySpec.<Customer>where("e.lastOrderAt < :cutoff").bind("cutoff", cutoff));
     * }</pre>
     *
     * @return how many rows were soft-deleted (not counting cascaded children)
     */
    public static <T extends SoftDeletable> long deleteAll(EntityManager em, Class<T> type, QuerySpec<? super T> spec) {
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(spec, "spec must not be null");
        Session session = session(em);
        return new BulkSoftDelete<>(session, type, spec).run();
    }

    /** How many rows {@link #purgeDeletedBefore(EntityManager, Class, Instant)} deletes per statement: 1000. */
    public static final int DEFAULT_PURGE_BATCH = 1000;

    /**
     * Retention: deletes for real every row of {@code type} soft-deleted before {@code cutoff}, in batches of
     * {@value #DEFAULT_PURGE_BATCH} rows (one SELECT of ids and one bulk DELETE per batch, so no statement runs into
     * {@code statement_timeout}). Live rows are never touched. Rows that reference them must allow it (a foreign key
     * with ON DELETE CASCADE or SET NULL, or no such rows).
     *
     * @return the number of rows deleted
     */
    public static int purgeDeletedBefore(EntityManager em, Class<? extends SoftDeletable> type, Instant cutoff) {
        return Math.toIntExact(purgeDeletedBefore(em, type, cutoff, DEFAULT_PURGE_BATCH, null));
    }

    /**
     * {@link #purgeDeletedBefore(EntityManager, Class, Instant)} in batches of {@code batchSize} rows, telling
     * {@code progress} (may be null) about every {@code progress.interval()} rows and once at the end. All batches
     * run in the caller's transaction; to release locks as it goes, call it with a {@code cutoff} per transaction
     * or a smaller window.
     *
     * <pre>{@code
     * long purged = SoftDeletes.purgeDeletedBefore(em, Customer.class, cutoff, 5_000,
     *         ProgressListener.every(50_000, p -> log.info("{}", p)));
     * }</pre>
     *
     * @param batchSize rows per DELETE statement, at least 1
     * @return the number of rows deleted
     */
    public static long purgeDeletedBefore(EntityManager em, Class<? extends SoftDeletable> type, Instant cutoff,
            int batchSize, @Nullable ProgressListener progress) {
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(cutoff, "cutoff must not be null");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, not " + batchSize);
        }
        Session session = session(em);
        return includingDeleted(session, () -> RetentionPurge.run(session, type, cutoff, batchSize, progress));
    }

    /**
     * The tables of every soft-deletable entity {@code emf} maps (for JOINED hierarchies, every table of the
     * hierarchy), lower case, for checks such as the testkit's {@code SqlLog.assertNoDeleteFrom(...)}: native SQL
     * is not soft-deleted by ormkit, and a test can prove no {@code DELETE} reached those tables.
     */
    public static java.util.Set<String> tables(jakarta.persistence.EntityManagerFactory emf) {
        return SoftDeletableTables.of(emf);
    }

    /**
     * DDL for a unique index that applies to live rows only, so a deleted row's email can be used again:
     * {@code partialUniqueIndex("customer_email_key", "customer", "email")} gives
     * {@code create unique index customer_email_key on customer (email) where deleted_at is null}.
     *
     * @throws IllegalArgumentException if a name is not a plain SQL identifier
     */
    public static String partialUniqueIndex(String indexName, String table, String... columns) {
        if (columns.length == 0) {
            throw new IllegalArgumentException("partialUniqueIndex needs at least one column");
        }
        for (String name : concat(indexName, table, columns)) {
            if (!IDENTIFIER.matcher(name).matches()) {
                throw new IllegalArgumentException("'" + name + "' is not a plain SQL identifier (letters, digits, "
                        + "underscores, not starting with a digit)");
            }
        }
        return "create unique index " + indexName + " on " + table + " (" + String.join(", ", columns)
                + ") where deleted_at is null";
    }

    /** A change of what a session sees; closing it restores what the session saw before. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    private static void publish(Session session, Class<?> type, SoftDeleteEvent.Action action, long rows) {
        if (rows > 0) {
            Observers.of(session.getSessionFactory()).publish(new SoftDeleteEvent(EntityNames.of(type), action, rows));
        }
    }

    private static Session session(EntityManager em) {
        return Objects.requireNonNull(em, "entity manager must not be null").unwrap(Session.class);
    }

    private static String[] concat(String first, String second, String[] rest) {
        String[] all = new String[rest.length + 2];
        all[0] = first;
        all[1] = second;
        System.arraycopy(rest, 0, all, 2, rest.length);
        return all;
    }
}
