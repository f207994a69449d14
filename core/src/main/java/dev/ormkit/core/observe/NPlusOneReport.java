package dev.ormkit.core.observe;

/**
 * The same statement shape ran {@code executions} times in one session (or transaction): an N+1, reported once
 * per shape and origin per session, when the count reaches the threshold
 * ({@code ormkit.n_plus_one_threshold}, default {@value dev.ormkit.core.observe.NPlusOneReport#DEFAULT_THRESHOLD}).
 *
 * @param entity the entity whose table the repeated statement reads, for example {@code Visit}, or the table
 *     name when no entity maps it (bounded)
 * @param association the likely association, for example {@code Pet.visits}, or a description of the lookup
 *     ({@code "visit.pet_id"}) when no mapped association matches (bounded by the mapping)
 * @param shape the statement with every literal and parameter replaced by {@code ?} and IN lists folded: no
 *     values, but not a metric tag (one value per query)
 * @param origin the first application stack frame when the threshold was reached, as for
 *     {@link LazyLoadReport#origin()}
 * @param executions how many times the shape ran when it was reported (the threshold)
 */
public record NPlusOneReport(String entity, String association, String shape, String origin, int executions)
        implements OrmKitEvent {

    /** The default threshold: the tenth execution of one shape in a session is reported. */
    public static final int DEFAULT_THRESHOLD = 10;
}
