package dev.ormkit.core.internal;

import org.hibernate.StatelessSession;
import org.hibernate.event.spi.AbstractPreDatabaseOperationEvent;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;

/**
 * A stateless session in Hibernate 7.4 reads the entity's values <em>before</em> it runs {@code @PrePersist}
 * and {@code @PreUpdate} callbacks, so what a callback sets never reaches the SQL (measured: a callback's
 * {@code created_at} arrived as NULL). Prepended to the pre-insert and pre-update listeners, this copies the
 * entity's values into the state again after the callbacks ran and before every other listener (timestamps,
 * soft delete, audit) edits the state. Sessions with a persistence context read the state after the
 * callbacks already, and are left alone.
 */
public final class StatelessStateRefresh implements PreInsertEventListener, PreUpdateEventListener {

    private static final long serialVersionUID = 1L;

    @Override
    public boolean onPreInsert(PreInsertEvent event) {
        refresh(event, event.getState());
        return false;
    }

    @Override
    public boolean onPreUpdate(PreUpdateEvent event) {
        refresh(event, event.getState());
        return false;
    }

    private static void refresh(AbstractPreDatabaseOperationEvent event, Object[] state) {
        if (!(event.getSession() instanceof StatelessSession)) {
            return;
        }
        Object[] current = event.getPersister().getValues(event.getEntity());
        System.arraycopy(current, 0, state, 0, Math.min(current.length, state.length));
    }
}
