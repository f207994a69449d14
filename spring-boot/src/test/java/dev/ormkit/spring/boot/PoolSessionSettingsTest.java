package dev.ormkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.ormkit.spring.boot.app.ShopApplication;
import dev.ormkit.spring.boot.test.AutoConfigureTestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The PostgreSQL session of every connection of Boot's own HikariCP pool, read back with {@code SHOW}: ormkit's
 * timeouts and time zone, and the reset that undoes an application's {@code SET} when the connection returns.
 * The pool has one connection, so the second borrow gets the same session.
 */
@AutoConfigureTestPostgres
@SpringBootTest(classes = ShopApplication.class, properties = "spring.datasource.hikari.maximum-pool-size=1")
class PoolSessionSettingsTest {

    @Autowired
    DataSource dataSource;

    @Test
    void everyConnectionStartsWithOrmKitsTimeoutsAndUtc() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(show(connection, "statement_timeout")).isEqualTo("1min");
            assertThat(show(connection, "lock_timeout")).isEqualTo("30s");
            assertThat(show(connection, "idle_in_transaction_session_timeout")).isEqualTo("1min");
            assertThat(show(connection, "TimeZone")).isEqualTo("UTC");
        }
    }

    @Test
    void aSettingChangedInOneUnitOfWorkIsGoneForTheNext() throws SQLException {
        int backend;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            backend = backendPid(connection);
            statement.execute("set statement_timeout = 0; set lock_timeout = 0; set time zone 'Asia/Tokyo'");
        }
        try (Connection connection = dataSource.getConnection()) {
            assertThat(backendPid(connection)).as("the same pooled session").isEqualTo(backend);
            assertThat(show(connection, "statement_timeout")).isEqualTo("1min");
            assertThat(show(connection, "lock_timeout")).isEqualTo("30s");
            assertThat(show(connection, "TimeZone")).isEqualTo("UTC");
        }
    }

    @Test
    void bootsPoolGetsOrmKitsPoolDefaults() throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        assertThat(pool.getConnectionTimeout()).isEqualTo(10_000);
        assertThat(pool.getLeakDetectionThreshold()).isEqualTo(60_000);
        assertThat(pool.getDataSourceProperties())
                .containsEntry("reWriteBatchedInserts", "true")
                .containsEntry("logServerErrorDetail", "false");
    }

    static String show(Connection connection, String setting) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("show " + setting)) {
            result.next();
            return result.getString(1);
        }
    }

    private static int backendPid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select pg_backend_pid()")) {
            result.next();
            return result.getInt(1);
        }
    }
}
