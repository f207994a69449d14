package dev.ormkit.core;

/**
 * Names of the configuration properties ormkit reads from the Hibernate/JPA properties. Use them when the
 * application bootstraps JPA itself (Spring Boot's {@code spring.jpa.properties.*}, a {@code
 * persistence.xml}, Quarkus); {@link OrmKitBuilder} sets them for you.
 *
 * <pre>{@code
 * Map<String, Object> props = Map.of(OrmKitProperties.CLOCK, Clock.systemUTC());
 * EntityManagerFactory emf = Persistence.createEntityManagerFactory("clinic", props);
 * }</pre>
 */
public final class OrmKitProperties {

    /**
     * The {@link java.time.Clock} that timestamps come from: a {@code Clock} instance (not a class name).
     * Default: {@link java.time.Clock#systemUTC()}.
     */
    public static final String CLOCK = "ormkit.clock";

    /**
     * Strict fetch mode: {@code true} makes a lazy load that no fetch plan named throw
     * {@code dev.ormkit.core.fetch.LazyLoadOutsidePlanException}. A {@code Boolean} or {@code "true"}/{@code
     * "false"}; as a factory property it is the default, as a session property it switches one unit of work.
     * Default: {@code false}.
     */
    public static final String STRICT_FETCH = "ormkit.strict_fetch";

    /**
     * What a lazy load outside a fetch plan does: {@code strict} (throws), {@code report} (runs, and is reported
     * to listeners and the log), {@code off}; a {@code dev.ormkit.core.FetchDiscipline} or its name in any
     * case. As a factory property it is the default, as a session property it switches one unit of work; it
     * wins over {@link #STRICT_FETCH} at the same level. Default: {@code off}.
     */
    public static final String FETCH_DISCIPLINE = "ormkit.fetch_discipline";

    /**
     * How many executions of one SELECT shape within a session (per transaction) make an N+1 report: an
     * {@code Integer} or its text, at least 2, or 0 for off. Default: 10 when {@link #FETCH_DISCIPLINE} is
     * {@code report}, else 0 (off, and nothing is installed).
     */
    public static final String N_PLUS_ONE_THRESHOLD = "ormkit.n_plus_one_threshold";

    /**
     * Listeners for ormkit's events ({@code dev.ormkit.core.observe.OrmKitListener}): an instance, a
     * {@code Class}, a collection of either, or comma-separated class names with public no-argument
     * constructors. Listeners in {@code META-INF/services/dev.ormkit.core.observe.OrmKitListener} are added.
     */
    public static final String LISTENERS = "ormkit.listeners";

    /**
     * The wire format of {@code BulkImport}'s {@code COPY}: {@code auto} (the default: binary when every column has
     * an exact binary encoding, else text), {@code binary} (fail when a column has none) or {@code text}.
     */
    public static final String BULK_IMPORT_FORMAT = "ormkit.bulk_import.format";

    /**
     * The largest page size a repository accepts: an {@code Integer} or its text. Default: 1000.
     */
    public static final String MAX_PAGE_SIZE = "ormkit.max_page_size";

    /**
     * The most rows a repository {@code list} without page or explicit limit may return; more fails with
     * {@code dev.ormkit.core.query.ResultCapExceededException}. An {@code Integer} or its text. Default: 10000.
     */
    public static final String MAX_LIST_SIZE = "ormkit.max_list_size";

    /**
     * The secret keyset cursors are signed with (HMAC-SHA256): a {@code byte[]} or a {@code String} of at
     * least 32 characters. Every instance of an application must share it for cursors to work across them.
     * Default with {@code OrmKit.builder()}: a random secret per {@code OrmKit} (cursors do not survive a
     * restart); without the builder, keyset paging fails until it is set.
     */
    public static final String CURSOR_SECRET = "ormkit.cursor_secret";

    private OrmKitProperties() {}
}
