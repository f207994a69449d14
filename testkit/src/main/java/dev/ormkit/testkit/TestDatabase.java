package dev.ormkit.testkit;

import javax.sql.DataSource;

/**
 * A PostgreSQL database created for one test class and dropped after it.
 *
 * <p>Inject it into a test method or lifecycle method of a {@link PostgresTest} class, or create one with
 * {@link PostgresServer#createDatabase(String)}.
 */
public interface TestDatabase extends AutoCloseable {

    /** The database's name, unique per test class and run. */
    String name();

    /** A JDBC URL that connects to this database. */
    String jdbcUrl();

    /** The user to connect with. */
    String username();

    /** The password to connect with; empty when the server needs none. */
    String password();

    /** A small connection pool on this database, closed when the database is dropped. */
    DataSource dataSource();

    /** Where the server came from, for example {@code "local server at localhost:5432"}. */
    String serverDescription();

    /** Closes the pool and drops the database (the extension does this after the test class). */
    @Override
    void close();
}
