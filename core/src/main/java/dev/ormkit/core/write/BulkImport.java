package dev.ormkit.core.write;

import dev.ormkit.core.write.internal.CopyWriter;
import jakarta.persistence.EntityManager;
import java.util.Objects;
import java.util.stream.Stream;
import org.hibernate.Session;

/**
 * Imports many new entities of one type through PostgreSQL's {@code COPY ... FROM STDIN}: the fastest way into
 * a table (about 1.5× a raw JDBC batch), with every ormkit column filled as {@code persist} would.
 *
 * <pre>{@code
 * long rows = orm.fromTransaction(session -> BulkImport.copy(session, Book.class, books));
 * }</pre>
 *
 * <ul>
 *   <li>Runs in the caller's transaction, on its connection. If PostgreSQL refuses a row (a constraint), the
 *       whole import fails with a {@link BulkImportException} naming the table, the row number and the
 *       constraint — never the row's values — and the transaction must be rolled back: nothing partial stays.</li>
 *   <li>Fills the columns from Hibernate's mapping: basic attributes, embeddables, to-one foreign keys, enums
 *       (by name or ordinal), {@code jsonb}, nulls. ids, {@code createdAt}/{@code updatedAt}, audit and
 *       soft-delete columns and version 0 are set by the same pre-insert listeners and JPA callbacks as
 *       {@code persist}.</li>
 *   <li>The imported entities are <b>not</b> in the persistence context: reload them to work with them.</li>
 *   <li>What it cannot write (a collection attribute, an inheritance hierarchy, a secondary table, an unknown
 *       column type) fails before the first row is sent, naming the attribute.</li>
 * </ul>
 *
 * <p>COPY bypasses Hibernate's statement statistics, interceptors and second-level cache.
 */
public final class BulkImport {

    private BulkImport() {}

    /**
     * Imports {@code entities}, which must all be new instances of exactly {@code type}; pending changes of the
     * session are flushed first.
     *
     * @return the number of rows PostgreSQL reports as copied
     */
    public static <T> long copy(EntityManager em, Class<T> type, Iterable<? extends T> entities) {
        Objects.requireNonNull(entities, "entities must not be null");
        Session session = Objects.requireNonNull(em, "entity manager must not be null").unwrap(Session.class);
        return CopyWriter.copy(session, Objects.requireNonNull(type, "type must not be null"), entities);
    }

    /** Imports a stream of new entities; rows are sent as they come, so memory stays flat. */
    public static <T> long copy(EntityManager em, Class<T> type, Stream<? extends T> entities) {
        Objects.requireNonNull(entities, "entities must not be null");
        java.util.Iterator<? extends T> iterator = entities.iterator();
        Iterable<T> iterable = () -> new java.util.Iterator<T>() {
            @Override
            public boolean hasNext() {
                return iterator.hasNext();
            }

            @Override
            public T next() {
                return iterator.next();
            }
        };
        return copy(em, type, iterable);
    }
}
