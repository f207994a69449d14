package dev.ormkit.core.observe;

/**
 * Rows of a soft-deletable entity were soft-deleted, restored or purged through ormkit-soft-delete's
 * {@code SoftDeletes} and {@code SoftDeletableRepository} (a plain {@code em.remove} outside them is not reported).
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
