package dev.ormkit.softdelete.internal;

import dev.ormkit.core.internal.EntityNames;
import dev.ormkit.core.observe.ProgressListener;
import dev.ormkit.core.observe.SoftDeleteEvent;
import dev.ormkit.core.observe.internal.Observers;
import dev.ormkit.core.observe.internal.ProgressTracker;
import java.time.Instant;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;

/**
 * Retention in bounded batches: {@code select id ... where deleted_at < :cutoff} limited to one batch, then a bulk
 * {@code delete ... where id in (:ids) and deleted_at < :cutoff} of those ids (the condition again, so a row
 * restored meanwhile stays), until a batch comes back short. Each statement touches at most one batch of rows, so
 * none runs long enough to meet {@code statement_timeout}. The DELETE is Hibernate's bulk delete inside a purge
 * scope: collection-table rows go first, as before, and the audit module's bulk-delete checks still apply.
 * Run inside {@code includingDeleted} (the caller does), or the SELECT sees no deleted row.
 */
public final class RetentionPurge {

    private RetentionPurge() {}

    public static long run(Session session, Class<?> type, Instant cutoff, int batchSize,
            @Nullable ProgressListener progress) {
        EntityPersister persister = session.getSessionFactory().unwrap(SessionFactoryImplementor.class)
                .getMappingMetamodel().getEntityDescriptor(type);
        String entity = persister.getEntityName();
        String deletedAt = "e." + DeletedAtPath.of(persister);
        String select = "select e.id from " + entity + " e where " + deletedAt + " < :cutoff";
        String delete = "delete from " + entity + " e where e.id in :ids and " + deletedAt + " < :cutoff";
        ProgressTracker tracker = new ProgressTracker("purgeDeletedBefore " + EntityNames.of(persister), progress);
        try {
            List<Object> ids;
            do {
                ids = session.createSelectionQuery(select, Object.class).setParameter("cutoff", cutoff)
                        .setMaxResults(batchSize).getResultList();
                if (!ids.isEmpty()) {
                    List<Object> batch = ids;
                    tracker.advance(SoftDeleteState.purge(() -> session.createMutationQuery(delete)
                            .setParameter("ids", batch).setParameter("cutoff", cutoff).executeUpdate()));
                }
            } while (ids.size() == batchSize);
            Observers.of(session.getSessionFactory()).publish(new SoftDeleteEvent(EntityNames.of(persister),
                    SoftDeleteEvent.Action.PURGE, tracker.done()));
            return tracker.done();
        } finally {
            tracker.finish();
        }
    }
}
