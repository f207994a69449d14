package dev.ormkit.softdelete.internal;

import dev.ormkit.core.fetch.StrictFetch;
import dev.ormkit.core.internal.Clocks;
import dev.ormkit.core.internal.EntityNames;
import dev.ormkit.softdelete.SoftDeletable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import org.hibernate.Hibernate;
import org.hibernate.engine.spi.CascadeStyle;
import org.hibernate.engine.spi.CascadingActions;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.Status;
import org.hibernate.event.internal.DefaultDeleteEventListener;
import org.hibernate.event.spi.DeleteContext;
import org.hibernate.event.spi.DeleteEvent;
import org.hibernate.event.spi.DeleteEventListener;
import org.hibernate.event.spi.EventSource;
import org.hibernate.jpa.event.spi.CallbackRegistry;
import org.hibernate.jpa.event.spi.CallbackRegistryConsumer;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Replaces Hibernate's DELETE handling for {@link SoftDeletable} entities: sets {@code deletedAt} from
 * ormkit's clock, so the flush writes an ordinary versioned UPDATE, after soft-deleting what the entity
 * cascades remove to with the same timestamp. Everything else (other entities, purges) goes to Hibernate's
 * own listeners.
 */
final class SoftDeleteListener implements DeleteEventListener, CallbackRegistryConsumer {

    private final Clock clock;
    private final DefaultDeleteEventListener hibernate;

    SoftDeleteListener(Clock clock, DefaultDeleteEventListener hibernate) {
        this.clock = clock;
        this.hibernate = hibernate;
    }

    /** Hibernate injects the JPA callbacks (@PreRemove, ...) here; the real delete needs them. */
    @Override
    public void injectCallbackRegistry(CallbackRegistry callbackRegistry) {
        hibernate.injectCallbackRegistry(callbackRegistry);
    }

    @Override
    public void onDelete(DeleteEvent event) {
        if (!softDelete(event)) {
            hibernate.onDelete(event);
        }
    }

    @Override
    public void onDelete(DeleteEvent event, DeleteContext context) {
        if (!softDelete(event)) {
            hibernate.onDelete(event, context);
        }
    }

    private boolean softDelete(DeleteEvent event) {
        if (SoftDeleteState.purging() || !(Hibernate.unproxy(event.getObject()) instanceof SoftDeletable entity)) {
            return false;
        }
        EventSource session = event.getSession();
        EntityEntry entry = session.getPersistenceContextInternal().getEntry(entity);
        if (entry == null || entry.getStatus() != Status.MANAGED) {
            return false; // detached, transient or already removed: Hibernate reports it as it would
        }
        if (entity.isDeleted()) {
            return true;
        }
        Instant shared = SoftDeleteState.cascadeTime();
        Instant time = shared != null ? shared : Clocks.now(clock);
        // Cascading loads the children: a deliberate lazy load, allowed under strict fetch mode.
        StrictFetch.allowLazyLoads(() -> {
            SoftDeleteState.withCascadeTime(time, () -> cascade(session, entry.getPersister(), entity));
            return null;
        });
        entity.setDeletedAt(time);
        DeletionEvents.deleted(session.getFactory(), EntityNames.of(entry.getPersister()), 1);
        return true;
    }

    /** Children first, as Hibernate orders a cascading delete; each goes through this listener again. */
    private static void cascade(EventSource session, EntityPersister persister, Object entity) {
        CascadeStyle[] styles = persister.getPropertyCascadeStyles();
        for (int i = 0; i < styles.length; i++) {
            if (!styles[i].doCascade(CascadingActions.REMOVE)) {
                continue;
            }
            Object value = persister.getValue(entity, i);
            if (value instanceof java.util.Collection<?> children) {
                for (Object child : new ArrayList<>(children)) {
                    session.remove(child);
                }
            } else if (value instanceof java.util.Map<?, ?> children) {
                for (Object child : new ArrayList<>(children.values())) {
                    session.remove(child);
                }
            } else if (value != null) {
                session.remove(value);
            }
        }
    }
}
