package dev.ormkit.core.fetch;

import dev.ormkit.core.OrmKitProperties;
import dev.ormkit.core.fetch.internal.StrictMode;
import jakarta.persistence.EntityManager;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Switches strict fetch mode, in which a lazy load that no {@link FetchPlan} asked for throws
 * {@link LazyLoadOutsidePlanException} instead of running a query (an N+1 in the making).
 *
 * <p>Where the mode comes from, first match wins:
 * <ol>
 *   <li>{@link #allowLazyLoads} around a block on the current thread (off inside it);</li>
 *   <li>the unit of work: {@link #enable}/{@link #disable} on an {@code EntityManager} or {@code Session}
 *       (the session property {@value OrmKitProperties#STRICT_FETCH});</li>
 *   <li>the factory: {@code OrmKitBuilder.strictFetch(true)} or the property
 *       {@value OrmKitProperties#STRICT_FETCH}{@code =true}. Off by default; the ormkit testkit turns it on.</li>
 * </ol>
 *
 * <pre>{@code
 * orm.inTransaction(session -> {
 *     StrictFetch.enable(session);
 *     Owner owner = owners.get(id);           // no plan
 *     owner.getPets().size();                 // throws: "Owner.pets ... add \"pets\" to the FetchPlan"
 * });
 * }</pre>
 *
 * <p>Works without bytecode enhancement: it watches Hibernate's collection-initialisation and proxy-load
 * events. Associations loaded by a plan, a join fetch or an entity graph never trigger it.
 */
public final class StrictFetch {

    private StrictFetch() {}

    /** Turns strict mode on for this unit of work (this {@code EntityManager}/{@code Session}). */
    public static void enable(EntityManager entityManager) {
        Objects.requireNonNull(entityManager, "entityManager must not be null")
                .setProperty(OrmKitProperties.STRICT_FETCH, Boolean.TRUE);
    }

    /** Turns strict mode off for this unit of work, whatever the factory default. */
    public static void disable(EntityManager entityManager) {
        Objects.requireNonNull(entityManager, "entityManager must not be null")
                .setProperty(OrmKitProperties.STRICT_FETCH, Boolean.FALSE);
    }

    /**
     * Runs {@code work} on this thread with strict mode off, for a deliberate lazy load, and returns its
     * result. Nests; the previous state is restored afterwards, also when {@code work} throws.
     */
    public static <R> R allowLazyLoads(Supplier<R> work) {
        Objects.requireNonNull(work, "work must not be null");
        return StrictMode.allowing(work);
    }
}
