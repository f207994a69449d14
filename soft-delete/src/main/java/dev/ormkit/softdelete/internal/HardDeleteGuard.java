package dev.ormkit.softdelete.internal;

import dev.ormkit.core.internal.Clocks;
import dev.ormkit.core.internal.EntityNames;
import dev.ormkit.softdelete.SoftDeletable;
import dev.ormkit.softdelete.SoftDeleteException;
import java.time.Clock;
import org.hibernate.StatelessSession;
import org.hibernate.event.spi.PreDeleteEvent;
import org.hibernate.event.spi.PreDeleteEventListener;

/**
 * The last stop before Hibernate writes a DELETE for one soft-deletable entity. {@code StatelessSession.delete}
 * (also what Jakarta Data {@code @Delete} methods call) reaches no DELETE event listener, so here it becomes a
 * soft delete: {@code deletedAt} from ormkit's clock, written by {@code StatelessSession.update} (a versioned
 * UPDATE that runs the timestamp and audit listeners), and the DELETE — with the collection-row deletes Hibernate
 * runs before it — is vetoed. In a stateful session {@link SoftDeleteListener} has already turned every remove
 * into an update, so a DELETE that still arrives outside a purge is refused rather than run.
 */
final class HardDeleteGuard implements PreDeleteEventListener {

    private final Clock clock;

    HardDeleteGuard(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean onPreDelete(PreDeleteEvent event) {
        if (SoftDeleteState.purging() || !(event.getEntity() instanceof SoftDeletable entity)) {
            return false;
        }
        if (event.getSession() instanceof StatelessSession stateless) {
            if (!entity.isDeleted()) {
                entity.setDeletedAt(Clocks.now(clock));
                stateless.update(entity);
                DeletionEvents.deleted(event.getFactory(), EntityNames.of(event.getPersister()), 1);
            }
            return true;
        }
        throw new SoftDeleteException("Hibernate was about to hard-delete soft-deletable entity "
                + event.getPersister().getJpaEntityName() + " with id " + event.getId() + " outside a purge; "
                + "ormkit refused it. Soft-delete the managed instance (em.remove(em.merge(entity)) for a detached "
                + "one), or delete it for real with SoftDeletes.purge(...).");
    }
}
