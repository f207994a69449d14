package dev.ormkit.core;

/**
 * What ormkit does about a lazy load that no {@link dev.ormkit.core.fetch.FetchPlan FetchPlan} asked for (an N+1
 * in the making).
 *
 * <pre>{@code
 * OrmKit.builder()...fetchDiscipline(FetchDiscipline.REPORT).build();     // production: serve it, report it
 * // or the property ormkit.fetch_discipline=report (persistence.xml, spring.jpa.properties.*)
 * }</pre>
 *
 * <p>Set per {@code OrmKit} ({@code OrmKitBuilder.fetchDiscipline}) or with the property
 * {@value dev.ormkit.core.OrmKitProperties#FETCH_DISCIPLINE} ({@code strict}, {@code report} or {@code off}, any
 * case) as a factory default or a session property; the older boolean {@code ormkit.strict_fetch} maps
 * {@code true} to {@link #STRICT} and {@code false} to {@link #OFF}, and where both are set at the same level,
 * {@code ormkit.fetch_discipline} wins.
 * {@link dev.ormkit.core.fetch.StrictFetch#allowLazyLoads StrictFetch.allowLazyLoads} turns any of them off for a
 * block.
 */
public enum FetchDiscipline {

    /**
     * The lazy load throws {@link dev.ormkit.core.fetch.LazyLoadOutsidePlanException LazyLoadOutsidePlanException}
     * before any SQL is sent (tests).
     */
    STRICT,

    /**
     * The lazy load runs and is reported once per entity, association and session: a
     * {@link dev.ormkit.core.observe.LazyLoadReport} to the listeners and a rate-limited WARN log line naming the
     * code location and the {@code FetchPlan} path that would have avoided it (production).
     */
    REPORT,

    /** Lazy loads run unnoticed, as in plain Hibernate. The default. */
    OFF
}
