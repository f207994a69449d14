package dev.ormkit.core.observe;

/**
 * Something ormkit observed, delivered to every {@link OrmKitListener}. Events carry bounded data only — entity
 * and property names, outcomes, counts, durations, code locations — never ids, bound values or SQL with values,
 * so they are safe to log and to turn into metric tags (see each type for which fields are bounded).
 *
 * <pre>{@code
 * OrmKitListener listener = event -> {
 *     if (event instanceof LazyLoadReport lazy) {
 *         log.warn("add {} to the plan at {}", lazy.suggestedPath(), lazy.origin());
 *     }
 * };
 * }</pre>
 */
public sealed interface OrmKitEvent
        permits LazyLoadReport, NPlusOneReport, RepositoryOperation, SoftDeleteEvent, BulkImportEvent {

    /**
     * The entity the event is about, as ormkit's messages name it ({@code @Entity(name)} or the simple class
     * name); bounded by the mapping.
     */
    String entity();
}
