package dev.ormkit.softdelete.internal;

import dev.ormkit.core.observe.SoftDeleteEvent;
import dev.ormkit.core.observe.internal.Observers;
import org.hibernate.SessionFactory;

/**
 * Reports soft deletes to ormkit's listeners from the places every route passes: the DELETE listener
 * ({@code Session.remove}, cascades, {@code SoftDeletableRepository.delete}, {@code deleteAll} one by one), the
 * hard-delete guard ({@code StatelessSession.delete}, Jakarta Data {@code @Delete}) and {@code deleteAll}'s one
 * statement. A JPQL/Criteria bulk delete the application writes itself is rewritten into an UPDATE whose row count
 * only the caller sees, so it is not reported.
 */
final class DeletionEvents {

    private DeletionEvents() {}

    static void deleted(SessionFactory factory, String entity, long rows) {
        if (rows > 0) {
            Observers.of(factory).publish(new SoftDeleteEvent(entity, SoftDeleteEvent.Action.DELETE, rows));
        }
    }
}
