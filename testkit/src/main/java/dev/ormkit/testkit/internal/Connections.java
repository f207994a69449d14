package dev.ormkit.testkit.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/** Short-timeout connection checks, so a missing server costs seconds, not minutes. */
final class Connections {

    private Connections() {}

    static Connection open(String url, String username, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", username);
        if (!password.isEmpty()) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("loginTimeout", "5");
        properties.setProperty("ApplicationName", "ormkit-testkit");
        return DriverManager.getConnection(url, properties);
    }

    /**
     * null when the server's major version is the one {@code version} asks for (or any, when it was not set),
     * else why not. Call it after {@link #problem} found the server reachable.
     */
    static @Nullable String versionMismatch(String url, String username, String password, PostgresVersion version) {
        if (!version.explicit()) {
            return null;
        }
        try (Connection connection = open(url, username, password)) {
            return version.mismatch(connection.getMetaData().getDatabaseMajorVersion());
        } catch (SQLException failure) {
            return String.valueOf(failure.getMessage()).lines().findFirst().orElse("connection failed");
        }
    }

    /** null when a connection works, else the reason in one line. */
    static @Nullable String problem(String url, String username, String password) {
        try (Connection connection = open(url, username, password)) {
            return connection.isValid(3) ? null : "the connection was not valid";
        } catch (SQLException failure) {
            return String.valueOf(failure.getMessage()).lines().findFirst().orElse("connection failed");
        }
    }
}
