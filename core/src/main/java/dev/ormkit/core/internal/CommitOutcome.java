package dev.ormkit.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Whether a transaction whose COMMIT lost its connection committed, asked on a new connection with
 * {@code txid_status(txid)} (PostgreSQL 10+): {@code committed}, {@code aborted} (also a transaction a crash
 * cut short, once the server is back), {@code in progress} (its backend has not noticed yet: asked again), or
 * null (too old to know). Retries until the server answers or {@code wait} is over.
 */
enum CommitOutcome {
    COMMITTED, ABORTED, UNKNOWN;

    private static final long PAUSE_MILLIS = 200;

    static CommitOutcome ask(DataSource dataSource, long txid, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        do {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = connection.prepareStatement("select txid_status(?)")) {
                statement.setLong(1, txid);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    String status = row.getString(1);
                    if ("committed".equals(status)) {
                        return COMMITTED;
                    }
                    if ("aborted".equals(status)) {
                        return ABORTED;
                    }
                    if (status == null) {
                        return UNKNOWN;
                    }
                }
            } catch (SQLException | RuntimeException unreachable) {
                // the server may be restarting: ask again until the deadline
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return UNKNOWN;
            }
        } while (System.nanoTime() < deadline);
        return UNKNOWN;
    }
}
