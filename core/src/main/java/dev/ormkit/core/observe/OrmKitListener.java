package dev.ormkit.core.observe;

/**
 * Receives what ormkit observes ({@link OrmKitEvent}). Register one with {@code OrmKitBuilder.listener(...)},
 * with the property {@value dev.ormkit.core.OrmKitProperties#LISTENERS} (instances, or class names with a public
 * no-argument constructor, comma-separated) in any bootstrap, or in
 * {@code META-INF/services/dev.ormkit.core.observe.OrmKitListener}.
 *
 * <pre>{@code
 * OrmKit orm = OrmKit.builder()...
 *         .listener(event -> {
 *             if (event instanceof NPlusOneReport n) {
 *                 alerts.send(n.association() + " loaded one row at a time at " + n.origin());
 *             }
 *         })
 *         .build();
 * }</pre>
 *
 * <p>Called on the thread that did the work, synchronously: keep it fast. An exception a listener throws is
 * logged once and otherwise ignored; it never fails the application's work.
 */
@FunctionalInterface
public interface OrmKitListener {

    /** Called for every event. */
    void onEvent(OrmKitEvent event);

    /**
     * Called when a repository operation starts, before its first statement; the returned scope is ended with
     * the {@link RepositoryOperation} event when it finishes (also delivered to {@link #onEvent}). A tracing
     * listener opens a span here, so the statements run inside it. Default: nothing.
     *
     * @param entity the repository's entity
     * @param operation the repository method, as in {@link RepositoryOperation#operation()}
     */
    default OperationScope operationStarted(String entity, String operation) {
        return OperationScope.NONE;
    }

    /** What a listener keeps open while a repository operation runs; see {@link #operationStarted}. */
    @FunctionalInterface
    interface OperationScope {

        /** A scope that does nothing. */
        OperationScope NONE = result -> {};

        /** The operation finished; {@code result} says how. Called once, on the thread that started it. */
        void end(RepositoryOperation result);
    }
}
