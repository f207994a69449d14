package dev.ormkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

class PostgresExtensionTest {

    static final List<String> seen = new ArrayList<>();

    @PostgresTest
    static class FirstClass {
        @Test
        void one(TestDatabase database, DataSource dataSource) throws SQLException {
            seen.add(database.name());
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("create table leak_check (id int)");
            }
        }

        @Test
        void two(TestDatabase database) {
            seen.add(database.name());
        }
    }

    @PostgresTest
    static class SecondClass {
        @Test
        void tableOfTheFirstClassIsNotHere(DataSource dataSource) throws SQLException {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select count(*) from pg_tables where tablename = 'leak_check'")) {
                rows.next();
                assertThat(rows.getInt(1)).isZero();
            }
        }
    }

    @Test
    void eachTestClassGetsItsOwnDatabaseWhichIsDroppedAfterwards() throws SQLException {
        seen.clear();

        EngineTestKit.engine("junit-jupiter").selectors(selectClass(FirstClass.class), selectClass(SecondClass.class))
                .execute().testEvents().assertStatistics(stats -> stats.succeeded(3).failed(0));

        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).isEqualTo(seen.get(1)).startsWith("firstclass_");
        PostgresServer server = PostgresServer.shared();
        try (Connection connection = java.sql.DriverManager.getConnection(server.jdbcUrl("postgres"),
                server.username(), server.password());
                PreparedStatement query = connection.prepareStatement("select count(*) from pg_database where datname = ?")) {
            query.setString(1, seen.get(0));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).as("database %s dropped", seen.get(0)).isZero();
            }
        }
    }
}
