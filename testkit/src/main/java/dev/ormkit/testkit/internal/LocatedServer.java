package dev.ormkit.testkit.internal;

import dev.ormkit.testkit.PostgresServer;
import dev.ormkit.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/** A server found by the {@link Locator}: creates and drops databases with its admin connection. */
public final class LocatedServer implements PostgresServer {

    /** The setting that names every database {@code <value>_<test class>_<random>}. */
    public static final String DATABASE_PREFIX = "ormkit.test.database-prefix";

    private static final int MAX_PREFIX = 40;
    private static final int MAX_SETTING = 18;

    private final ServerAddress address;
    private final @Nullable String namePrefix;

    LocatedServer(ServerAddress address, @Nullable String namePrefix) {
        this.address = address;
        this.namePrefix = namePrefix;
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
        String name = databaseName(namePrefix, prefix);
        execute("create database " + name);
        return new CreatedDatabase(this, name);
    }

    void dropDatabase(String name) {
        execute("drop database if exists " + name + " with (force)");
    }

    static String databaseName(String prefix) {
        return databaseName(null, prefix);
    }

    /** {@code <setting>_<prefix>_<random hex>}, lower case, {@code [a-z0-9_]} only, under 63 characters. */
    static String databaseName(@Nullable String setting, String prefix) {
        String clean = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
        if (clean.length() > MAX_PREFIX) {
            clean = clean.substring(0, MAX_PREFIX);
        }
        if (clean.isEmpty() || !Character.isLetter(clean.charAt(0))) {
            clean = "t_" + clean;
        }
        if (setting != null) {
            String own = setting.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
            own = own.substring(0, Math.min(own.length(), MAX_SETTING));
            own = (own.isEmpty() || !Character.isLetter(own.charAt(0)) ? "t_" : "") + own;
            // own + "_" + class + "_" + 10 hex digits stays within PostgreSQL's 63-byte identifiers
            clean = own + "_" + clean.substring(0, Math.min(clean.length(), 50 - own.length()));
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
