package dev.ormkit.core.write;

import dev.ormkit.core.internal.EntityNames;
import dev.ormkit.core.observe.BulkImportEvent;
import dev.ormkit.core.observe.ProgressListener;
import dev.ormkit.core.observe.internal.Observers;
import dev.ormkit.core.observe.internal.ProgressTracker;
import dev.ormkit.core.write.internal.BulkCopy;
import jakarta.persistence.EntityManager;
import java.util.Iterator;
import java.util.Objects;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import org.jspecify.annotations.Nullable;

/**
 * Imports new entities of one type through PostgreSQL {@code COPY ... FROM STDIN}, the fastest way to load
 * rows (2.5&ndash;3.5&times; a raw JDBC batch, see {@code docs/fast-writes.md}): in the binary format when every
 * column's type has an exact binary encoding, else in the text format (setting {@code ormkit.bulk_import.format}:
 * {@code auto}, {@code binary} or {@code text}).
 *
 * <p>The columns come from the Hibernate mapping model: basic attributes (strings, numbers, booleans, UUIDs,
 * {@code java.time} values, {@code byte[]}), attribute converters, enums (ordinal and string), {@code jsonb},
 * embeddables, to-one foreign keys, the single-table discriminator, and nulls. Each row gets exactly what
 * {@code persist} would write: {@code @PrePersist} callbacks run first, the version becomes 0, and every
 * Hibernate {@code PRE_INSERT} event listener runs (ormkit's {@code createdAt}/{@code updatedAt} from its
 * {@code Clock}, soft-delete and audit columns); {@code @PostPersist} callbacks run once the row was sent.
 * A mapping it cannot write faithfully (joined or table-per-class inheritance, secondary tables, formulas,
 * column write transformers, database-generated values, JSON-aggregate embeddables, other column types)
 * fails at the first call, before any row is sent, with an {@link UnsupportedBulkImportException} naming the
 * attribute.
 *
 * <p>It runs in the caller's transaction (the session's pending changes are flushed first). A constraint
 * violation fails the whole import with a {@link BulkImportException} naming the table, constraint and row
 * position, but never the row's values; roll the transaction back, and nothing of the import is left.
 * Imported entities are <b>not</b> in the persistence context: load them again if you need them managed.
 *
 * <pre>{@code
 * long rows = orm.fromTransaction(session -> BulkImport.copy(session, Book.class, books));
 * }</pre>
 */
public final class BulkImport {

    private BulkImport() {}

    /**
     * Writes every entity through one {@code COPY} and returns the number of rows PostgreSQL reports.
     *
     * @param entityManager a JPA entity manager (also Spring's shared one, or any that unwraps to a Hibernate
     *     session) or a Hibernate session, with an active transaction
     * @param type the entity class; every element must be exactly of this class (not a subclass)
     * @param entities new entities (version {@code null}); consumed once, streamed, never collected
     * @return the number of rows inserted
     * @throws UnsupportedBulkImportException when the type cannot be imported faithfully
     * @throws NoActiveTransactionException when no transaction is active
     * @throws UnwritableEntityException when an element is null, of another class, not new or without an id
     * @throws BulkImportException when PostgreSQL rejects a row
     */
    public static <T> long copy(EntityManager entityManager, Class<T> type, Iterable<? extends T> entities) {
        Objects.requireNonNull(entities, "entities must not be null");
        return run(entityManager, type, entities.iterator());
    }

    /** Like {@link #copy(EntityManager, Class, Iterable)}, consuming the stream (it is not closed here). */
    public static <T> long copy(EntityManager entityManager, Class<T> type, Stream<? extends T> entities) {
        Objects.requireNonNull(entities, "entities must not be null");
        return run(entityManager, type, entities.iterator());
    }

    /**
     * Like {@link #copy(EntityManager, Class, Iterable)}, telling {@code progress} about every
     * {@code progress.interval()} rows sent and once at the end, for example
     * {@code ProgressListener.every(100_000, p -> log.info("{}", p))}.
     */
    public static <T> long copy(EntityManager entityManager, Class<T> type, Iterable<? extends T> entities,
            ProgressListener progress) {
        Objects.requireNonNull(entities, "entities must not be null");
        Objects.requireNonNull(progress, "progress must not be null");
        return run(entityManager, type, entities.iterator(), progress);
    }

    private static long run(EntityManager entityManager, Class<?> type, Iterator<?> entities) {
        return run(entityManager, type, entities, null);
    }

    private static long run(EntityManager entityManager, Class<?> type, Iterator<?> rows,
            @Nullable ProgressListener progress) {
        Objects.requireNonNull(type, "type must not be null");
        ProgressTracker tracker = new ProgressTracker("BulkImport " + EntityNames.of(type), progress);
        Iterator<?> entities = progress == null ? rows : tracker.counting(rows);
        try {
            long copied = copy(entityManager, type, entities);
            Observers.of(entityManager.getEntityManagerFactory().unwrap(SessionFactory.class))
                    .publish(new BulkImportEvent(EntityNames.of(type), copied, tracker.elapsed()));
            return copied;
        } finally {
            tracker.finish();
        }
    }

    private static long copy(EntityManager entityManager, Class<?> type, Iterator<?> entities) {
        Objects.requireNonNull(entityManager, "entityManager must not be null");
        Objects.requireNonNull(type, "type must not be null");
        return BulkCopy.run(entityManager, type, entities, BulkImportException::new);
    }
}
