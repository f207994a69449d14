package dev.ormkit.testkit.internal;

import dev.ormkit.testkit.PostgresServer;
import dev.ormkit.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/** A server found by the {@link Locator}: creates and drops databases with its admin connection. */
public final class LocatedServer implements PostgresServer {

    private static final int MAX_PREFIX = 40;

    private final ServerAddress address;

    LocatedServer(ServerAddress address) {
        this.address = address;
    }

    @Override
    public String description() {
        return address.description();
    }

    @Override
    public String jdbcUrl(String database) {
        return address.jdbcUrl(database);
    }

    @Override
    public String username() {
        return address.username();
    }

    @Override
    public String password() {
        return address.password();
    }

    @Override
    public TestDatabase createDatabase(String prefix) {
        String name = databaseName(prefix);
        execute("create database " + name);
        return new CreatedDatabase(this, name);
    }

    void dropDatabase(String name) {
        execute("drop database if exists " + name + " with (force)");
    }

    static String databaseName(String prefix) {
        String clean = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
        if (clean.length() > MAX_PREFIX) {
            clean = clean.substring(0, MAX_PREFIX);
        }
        if (clean.isEmpty() || !Character.isLetter(clean.charAt(0))) {
            clean = "t_" + clean;
        }
        return clean + "_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffffL);
    }

    private void execute(String sql) {
        try (Connection connection = Connections.open(address.adminJdbcUrl(), address.username(), address.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            throw new IllegalStateException("'" + sql + "' failed on " + address.description() + ": "
                    + failure.getMessage() + ". The testkit's user (" + address.username()
                    + ") needs the CREATEDB privilege.", failure);
        }
    }

    void stop() {
        try {
            address.stopper().close();
        } catch (Exception ignored) {
            // The JVM is exiting; a server that does not stop cleanly is cleaned up by its own owner.
        }
    }
}
