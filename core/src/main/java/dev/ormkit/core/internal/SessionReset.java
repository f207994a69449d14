package dev.ormkit.core.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * A DataSource whose connections put the PostgreSQL session back as they found it when closed (returned to
 * the pool): whatever the application SET (statement_timeout = 0, search_path, role), its session advisory
 * locks, temporary tables, held cursors and LISTENs are gone before the next borrower gets the connection.
 *
 * <p>{@code DISCARD ALL} would do the same and more, but it also deallocates every server-side prepared
 * statement; pgjdbc notices and re-prepares, losing its statement cache on every return. The statements
 * below keep prepared statements. {@code RESET ALL} restores the values the connection started with,
 * including ormkit's {@code -c statement_timeout=… -c lock_timeout=…} start-up options; the time zone, which
 * pgjdbc's start-up parameter would bring back to the JVM's, is set to UTC again.
 */
public final class SessionReset {

    /** What runs on every return; one round trip. */
    public static final String SQL = "reset all; set session authorization default; close all; unlisten *; "
            + "select pg_advisory_unlock_all(); discard temp; set time zone 'UTC'";

    private SessionReset() {}

    /**
     * Wraps {@code pool} so that each connection is reset when the application closes it. A connection whose
     * reset fails is evicted ({@code HikariDataSource.evictConnection}) or, for other pools, aborted.
     */
    public static DataSource wrap(DataSource pool) {
        Consumer<Connection> evict = pool instanceof HikariDataSource hikari ? hikari::evictConnection
                : SessionReset::abort;
        return new Resetting(pool, evict);
    }

    static Connection wrap(Connection connection, Consumer<Connection> evict) {
        return OnCloseConnection.wrap(connection, pooled -> {
            try {
                reset(pooled, evict);
            } finally {
                pooled.close();
            }
        });
    }

    /**
     * Resets the session. A failure here means the connection is broken; the pool's own check (HikariCP
     * evicts on a connection-class SQLState) or its validation on the next borrow deals with it.
     */
    private static void reset(Connection connection, Consumer<Connection> evict) {
        try {
            if (connection.isClosed()) {
                return;
            }
            if (!connection.getAutoCommit()) {
                connection.rollback(); // a transaction the application left open: the pool would roll it back too
                connection.setAutoCommit(true);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute(SQL);
            }
        } catch (SQLException | RuntimeException broken) {
            evict.accept(connection);
        }
    }

    private static void abort(Connection connection) {
        try {
            connection.abort(Runnable::run);
        } catch (SQLException | RuntimeException ignored) {
            // already unusable; the pool replaces it
        }
    }

    /** The DataSource side: hands out resetting connections, delegates everything else. */
    private static final class Resetting extends DelegatingDataSource {

        private final Consumer<Connection> evict;

        Resetting(DataSource pool, Consumer<Connection> evict) {
            super(pool);
            this.evict = evict;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return SessionReset.wrap(delegate().getConnection(), evict);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return SessionReset.wrap(delegate().getConnection(username, password), evict);
        }
    }
}
