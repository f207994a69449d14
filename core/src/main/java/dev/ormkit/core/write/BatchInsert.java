package dev.ormkit.core.write;

import dev.ormkit.core.OrmKitException;
import dev.ormkit.core.write.internal.Sessions;
import jakarta.persistence.EntityManager;
import java.util.Iterator;
import java.util.Objects;
import java.util.stream.Stream;
import org.hibernate.HibernateException;
import org.hibernate.StatelessSession;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Saves many entities at close to raw JDBC batch speed, inside the caller's transaction.
 *
 * <p>New entities (version {@code null}) are inserted through a Hibernate {@code StatelessSession} that shares
 * the caller's connection and transaction, in JDBC batches of {@value #BATCH_SIZE}. Everything {@code persist}
 * does to the row still happens: the id is the one assigned at construction, the version becomes 0,
 * {@code @PrePersist} callbacks run and what they set is written, and every Hibernate {@code PRE_INSERT} event
 * listener runs (ormkit's {@code createdAt}/{@code updatedAt} from its {@code Clock}, the soft-delete and audit
 * modules' columns). Subclasses are written with their discriminator. Existing entities that are
 * <em>detached</em> (version set, not in the session) are updated with the version check, like a detached
 * {@code merge}, but without a SELECT (all columns are written; a stale version throws
 * {@link jakarta.persistence.OptimisticLockException}); existing entities the session manages are left to
 * its flush.
 *
 * <p>Differences from {@code persist}: the inserted entities are <b>not</b> added to the persistence
 * context (so memory stays flat for millions of rows and no dirty checking happens later), cascades are not
 * followed (save parents first, in the same call or before), and the session's pending changes are flushed
 * first so that rows they reference exist. Insert entities grouped by type for the best batching: a change
 * of type executes the current batch.
 *
 * <pre>{@code
 * orm.inTransaction(session -> {
 *     long inserted = BatchInsert.saveAll(session, owners);   // an Iterable or a Stream
 * });
 * }</pre>
 */
public final class BatchInsert {

    /** Rows per JDBC batch; measured best together with {@code reWriteBatchedInserts=true}. */
    public static final int BATCH_SIZE = 200;

    private BatchInsert() {}

    /**
     * Inserts the new entities and updates the detached existing ones, in the caller's transaction.
     *
     * @param entityManager a JPA entity manager (also Spring's shared one, or any that unwraps to a Hibernate
     *     session) or a Hibernate session, with an active transaction
     * @param entities entities of any mapped types; {@code null} elements are rejected
     * @return the number of rows inserted (updates are not counted)
     * @throws OrmKitException when no transaction is active or an element is not a mapped entity
     * @throws jakarta.persistence.PersistenceException for database failures, as {@code flush} throws them
     */
    public static long saveAll(EntityManager entityManager, Iterable<?> entities) {
        Objects.requireNonNull(entities, "entities must not be null");
        return write(entityManager, entities.iterator());
    }

    /** Like {@link #saveAll(EntityManager, Iterable)}, consuming the stream (it is not closed here). */
    public static long saveAll(EntityManager entityManager, Stream<?> entities) {
        Objects.requireNonNull(entities, "entities must not be null");
        return write(entityManager, entities.iterator());
    }

    private static long write(EntityManager entityManager, Iterator<?> entities) {
        Objects.requireNonNull(entityManager, "entityManager must not be null");
        SessionImplementor session = Sessions.of(entityManager);
        if (!session.isJoinedToTransaction()) {
            throw new OrmKitException("BatchInsert.saveAll needs an active transaction: it writes through the"
                    + " caller's transaction. Call it inside session.getTransaction().begin()/commit(),"
                    + " OrmKit.inTransaction(...) or a @Transactional method.");
        }
        session.flush();
        long inserted = 0;
        // The shared stateless session writes through the caller's JDBC coordinator, whose batch size is the
        // caller session's (measured: setJdbcBatchSize on the stateless session alone left batches at 50).
        Integer callerBatchSize = session.getJdbcBatchSize();
        session.setJdbcBatchSize(BATCH_SIZE);
        try (StatelessSession stateless = session.statelessWithOptions().connection().interceptor().open()) {
            stateless.setJdbcBatchSize(BATCH_SIZE);
            while (entities.hasNext()) {
                Object entity = entities.next();
                if (entity == null) {
                    throw new OrmKitException("BatchInsert.saveAll: element " + inserted + " is null; pass entities only.");
                }
                EntityPersister persister = persisterOf(session, entity);
                Object version = persister.isVersioned() ? persister.getVersion(entity) : null;
                if (persister.isVersioned() && version == null) {
                    stateless.insert(entity);
                    inserted++;
                } else if (!session.contains(entity)) {
                    if (!persister.isVersioned()) {
                        throw new OrmKitException("BatchInsert.saveAll cannot tell whether " + persister.getEntityName()
                                + " is new: it has no @Version property. Extend dev.ormkit.core.BaseEntity.");
                    }
                    stateless.update(entity);
                }
            }
            ((SharedSessionContractImplementor) stateless).getJdbcCoordinator().executeBatch();
        } catch (HibernateException e) {
            throw session.getExceptionConverter().convert(e);
        } finally {
            session.setJdbcBatchSize(callerBatchSize);
        }
        return inserted;
    }

    private static EntityPersister persisterOf(SessionImplementor session, Object entity) {
        try {
            return session.getEntityPersister(null, entity);
        } catch (HibernateException e) {
            throw new OrmKitException("BatchInsert.saveAll: " + entity.getClass().getName()
                    + " is not a mapped entity of this session factory; add it to the entity classes.", e);
        }
    }
}
