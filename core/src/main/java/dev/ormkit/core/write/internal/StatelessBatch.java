package dev.ormkit.core.write.internal;

import dev.ormkit.core.write.NoActiveTransactionException;
import dev.ormkit.core.write.UnwritableEntityException;
import jakarta.persistence.EntityManager;
import java.util.Iterator;
import org.hibernate.HibernateException;
import org.hibernate.StatelessSession;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;

/** {@code BatchInsert.saveAll}: a stateless session on the caller's connection and transaction. */
public final class StatelessBatch {

    private StatelessBatch() {}

    /** Inserts the new entities and updates the detached existing ones; returns the number inserted. */
    public static long write(EntityManager entityManager, Iterator<?> entities, int batchSize) {
        SessionImplementor session = Sessions.of(entityManager);
        if (!session.isJoinedToTransaction()) {
            throw new NoActiveTransactionException("BatchInsert.saveAll needs an active transaction: it writes"
                    + " through the caller's transaction. Call it inside session.getTransaction().begin()/commit(),"
                    + " OrmKit.inTransaction(...) or a @Transactional method.");
        }
        session.flush();
        long inserted = 0;
        // The shared stateless session writes through the caller's JDBC coordinator, whose batch size is the
        // caller session's (measured: setJdbcBatchSize on the stateless session alone left batches at 50).
        Integer callerBatchSize = session.getJdbcBatchSize();
        session.setJdbcBatchSize(batchSize);
        try (StatelessSession stateless = session.statelessWithOptions().connection().interceptor().open()) {
            stateless.setJdbcBatchSize(batchSize);
            Class<?> lastClass = null;
            EntityPersister persister = null;
            long position = 0;
            while (entities.hasNext()) {
                Object entity = entities.next();
                if (entity == null) {
                    throw new UnwritableEntityException("BatchInsert.saveAll: element " + position
                            + " (0-based) is null; pass entities only.");
                }
                position++;
                // Entities usually come in runs of one class: one persister lookup per run, not per entity.
                if (entity.getClass() != lastClass) {
                    persister = persisterOf(session, entity);
                    lastClass = entity.getClass();
                }
                Object version = persister.isVersioned() ? persister.getVersion(entity) : null;
                if (persister.isVersioned() && version == null) {
                    stateless.insert(entity);
                    inserted++;
                } else if (!session.contains(entity)) {
                    if (!persister.isVersioned()) {
                        throw new UnwritableEntityException("BatchInsert.saveAll cannot tell whether "
                                + persister.getEntityName() + " is new: it has no @Version property. Extend"
                                + " dev.ormkit.core.BaseEntity.");
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
            throw new UnwritableEntityException("BatchInsert.saveAll: " + entity.getClass().getName()
                    + " is not a mapped entity of this session factory; add it to the entity classes.", e);
        }
    }
}
