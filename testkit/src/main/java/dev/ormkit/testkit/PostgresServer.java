package dev.ormkit.testkit;

import dev.ormkit.testkit.internal.Locator;

/**
 * A PostgreSQL server that tests (and the examples) create databases on.
 *
 * <pre>{@code
 * try (TestDatabase db = PostgresServer.shared().createDatabase("import_job")) {
 *     OrmKit orm = OrmKit.builder().jdbcUrl(db.jdbcUrl()).username(db.username())
 *             .password(db.password()).entities(Book.class).build();
 *     ...
 * }
 * }</pre>
 */
public interface PostgresServer {

    /**
     * The server for this JVM, found on first use in the order {@link PostgresTest} documents and kept until
     * the JVM exits (a container or embedded server it started is stopped then).
     *
     * @throws IllegalStateException when no server can be had, listing what was tried and how to fix each
     */
    static PostgresServer shared() {
        return Locator.shared();
    }

    /** Where this server came from, for example {@code "local server at localhost:5432"}. */
    String description();

    /** A JDBC URL to the given database on this server. */
    String jdbcUrl(String database);

    /** The user that creates databases and connects to them. */
    String username();

    /** That user's password; empty when the server needs none. */
    String password();

    /**
     * Creates a fresh, empty database whose name starts with {@code prefix} (lower-cased, reduced to letters,
     * digits and underscores) and ends with a random suffix. Close it to drop it. When the setting
     * {@code ormkit.test.database-prefix} (environment variable {@code ORMKIT_TEST_DATABASE_PREFIX}) is set,
     * its value comes first: {@code ci_4711_import_job_3f9a0c12d4}.
     */
    TestDatabase createDatabase(String prefix);
}
