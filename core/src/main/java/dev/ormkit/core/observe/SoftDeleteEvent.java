package dev.ormkit.core.observe;

/**
 * Rows of a soft-deletable entity were soft-deleted, restored or purged. Soft deletes are reported from every route
 * ormkit turns into one: {@code Session.remove} (one event per row, cascaded children included),
 * {@code StatelessSession.delete}, {@code SoftDeletableRepository.delete} and {@code SoftDeletes.deleteAll}; a
 * JPQL/Criteria bulk delete written by the application is rewritten into a soft delete but not reported (its row
 * count reaches only the caller). Restores and purges are reported by {@code SoftDeletes}.
 *
 * @param entity the entity (bounded)
 * @param action what happened to the rows (bounded)
 * @param rows how many rows
 */
public record SoftDeleteEvent(String entity, Action action, long rows) implements OrmKitEvent {

    /** What happened to soft-deletable rows. */
    public enum Action {
        /** Marked deleted ({@code deleted_at} set). */
        DELETE,
        /** Made live again. */
        RESTORE,
        /** Deleted for real. */
        PURGE
    }
}
