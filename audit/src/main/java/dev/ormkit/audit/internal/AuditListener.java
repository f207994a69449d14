package dev.ormkit.audit.internal;

import dev.ormkit.audit.Audited;
import dev.ormkit.audit.AuditedDeletion;
import dev.ormkit.audit.ChangeLog.Action;
import dev.ormkit.audit.ChangeLogged;
import dev.ormkit.core.internal.EnhancedEntities;
import dev.ormkit.core.internal.StateArrays;
import dev.ormkit.core.write.UnsupportedBulkImportException;
import dev.ormkit.core.write.internal.BulkImportCheck;
import dev.ormkit.softdelete.SoftDeleteColumn;
import dev.ormkit.softdelete.internal.DeletedAtPath;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;

/**
 * Sets the audit columns before each insert and update Hibernate really issues (entity field and bound state),
 * and hands changes of {@link ChangeLogged} entities to the {@link ChangeRecorder} after them.
 */
final class AuditListener implements PreInsertEventListener, PreUpdateEventListener, PostInsertEventListener,
        PostUpdateEventListener, PostDeleteEventListener, BulkImportCheck {

    private static final long serialVersionUID = 1L;

    private final transient ActorCapture actors;
    private final transient ChangeRecorder recorder;
    private final transient ConcurrentMap<String, Slots> slots = new ConcurrentHashMap<>();

    AuditListener(ActorCapture actors, ChangeRecorder recorder) {
        this.actors = actors;
        this.recorder = recorder;
    }

    /** Indexes of the audit properties in Hibernate's state arrays, per entity. */
    record Slots(int createdBy, int updatedBy, int deletedBy, int deletedAt, int columns) {}

    @Override
    public boolean onPreInsert(PreInsertEvent event) {
        if (event.getEntity() instanceof Audited entity) {
            Slots slot = slotsOf(event.getPersister());
            String actor = actors.actorOf(event.getSession(), entity);
            EnhancedEntities.untracked(entity, () -> {
                if (entity.getCreatedBy() == null) {
                    entity.setCreatedBy(actor);
                }
                entity.setUpdatedBy(actor);
            });
            StateArrays.set(event.getState(), slot.createdBy(), entity.getCreatedBy());
            StateArrays.set(event.getState(), slot.updatedBy(), actor);
            StateArrays.set(event.getState(), slot.columns(), AuditedColumns.of(entity));
        }
        return false;
    }

    @Override
    public boolean onPreUpdate(PreUpdateEvent event) {
        if (event.getEntity() instanceof Audited entity) {
            Slots slot = slotsOf(event.getPersister());
            String actor = actors.actorOf(event.getSession(), entity);
            EnhancedEntities.untracked(entity, () -> entity.setUpdatedBy(actor));
            StateArrays.set(event.getState(), slot.updatedBy(), actor);
            if (entity instanceof AuditedDeletion deletion && slot.deletedAt() >= 0) {
                Object before = event.getOldState() == null ? null : deletedAt(event.getOldState(), slot.deletedAt());
                Object after = deletedAt(event.getState(), slot.deletedAt());
                if (before == null && after != null) {
                    EnhancedEntities.untracked(entity, () -> deletion.setDeletedBy(actor));
                    StateArrays.set(event.getState(), slot.deletedBy(), actor);
                } else if (before != null && after == null) {
                    EnhancedEntities.untracked(entity, () -> deletion.setDeletedBy(null));
                    StateArrays.set(event.getState(), slot.deletedBy(), null);
                }
            }
            StateArrays.set(event.getState(), slot.columns(), AuditedColumns.of(entity));
        }
        return false;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        Object entity = event.getEntity();
        if (logged(entity)) {
            recorder.record(event.getSession(), event.getPersister(), event.getId(), Action.INSERT,
                    actors.actorOf(event.getSession(), entity), null, event.getState(), null);
        }
        actors.release(event.getSession(), entity);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        Object entity = event.getEntity();
        if (logged(entity)) {
            Action action = Action.UPDATE;
            int deletedAt = slotsOf(event.getPersister()).deletedAt();
            if (deletedAt >= 0 && event.getOldState() != null) {
                Object before = deletedAt(event.getOldState(), deletedAt);
                Object after = deletedAt(event.getState(), deletedAt);
                action = before == null && after != null ? Action.DELETE
                        : before != null && after == null ? Action.RESTORE : Action.UPDATE;
            }
            // A stateless session's update (BatchInsert.saveAll of a detached entity) has no old state.
            recorder.record(event.getSession(), event.getPersister(), event.getId(), action,
                    actors.actorOf(event.getSession(), entity), event.getOldState(), event.getState(),
                    event.getDirtyProperties());
        }
        actors.release(event.getSession(), entity);
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        Object entity = event.getEntity();
        if (logged(entity)) {
            recorder.record(event.getSession(), event.getPersister(), event.getId(), Action.PURGE,
                    actors.actorOf(event.getSession(), entity), event.getDeletedState(), null, null);
        }
        actors.release(event.getSession(), entity);
    }

    /** COPY rows raise no post-insert event and the log cannot be written while a COPY runs: refuse, and say why. */
    @Override
    public void checkBulkImport(EntityPersister persister) {
        if (persister.getMappedClass().isAnnotationPresent(ChangeLogged.class)) {
            throw new UnsupportedBulkImportException("BulkImport.copy cannot import " + persister.getJpaEntityName()
                    + ": it is @ChangeLogged, and a COPY writes no change-log rows. Use BatchInsert.saveAll (or "
                    + "EntityRepository.insertAll), which logs every insert in the same transaction.");
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    /** The state slot holding {@code deletedAt}: its own property, or an embedded {@code SoftDeleteColumn}. */
    private static int deletedAtSlot(EntityPersister persister, String[] names) {
        String path = DeletedAtPath.of(persister);
        int dot = path.indexOf('.');
        return StateArrays.indexOf(names, dot < 0 ? path : path.substring(0, dot));
    }

    /** {@code deletedAt} from a state array, whether the slot holds the instant or its embedded column. */
    private static @Nullable Object deletedAt(Object[] state, int slot) {
        Object value = state[slot];
        return value instanceof SoftDeleteColumn column ? column.getDeletedAt() : value;
    }

    private static boolean logged(Object entity) {
        return entity.getClass().isAnnotationPresent(ChangeLogged.class);
    }

    private Slots slotsOf(EntityPersister persister) {
        return slots.computeIfAbsent(persister.getEntityName(), name -> {
            String[] names = persister.getPropertyNames();
            return new Slots(StateArrays.indexOf(names, "createdBy"), StateArrays.indexOf(names, "updatedBy"),
                    StateArrays.indexOf(names, "deletedBy"), deletedAtSlot(persister, names),
                    AuditedColumns.slotOf(persister));
        });
    }
}
