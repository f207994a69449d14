package dev.ormkit.core.write.internal;

import dev.ormkit.core.write.NoActiveTransactionException;
import jakarta.persistence.EntityManager;
import java.util.Iterator;
import org.hibernate.engine.spi.SessionImplementor;

/** {@code BulkImport.copy}: checks the mapping and the transaction, flushes, then streams one COPY. */
public final class BulkCopy {

    private BulkCopy() {}

    /** Writes every entity through one COPY in the caller's transaction; returns PostgreSQL's row count. */
    public static long run(EntityManager entityManager, Class<?> type, Iterator<?> entities, CopyPlan.Failure failure) {
        SessionImplementor session = Sessions.of(entityManager);
        CopyPlan plan = CopyPlan.of(session.getFactory(), type);
        if (!session.isJoinedToTransaction()) {
            throw new NoActiveTransactionException("BulkImport.copy needs an active transaction: it writes through"
                    + " the caller's transaction. Call it inside OrmKit.inTransaction(...), a @Transactional method or"
                    + " session.getTransaction().begin()/commit().");
        }
        session.flush();
        return plan.copy(session, entities, failure);
    }
}
