package dev.ormkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.OrmKitBuilder;
import dev.ormkit.testkit.model.Owner;
import dev.ormkit.testkit.model.Pet;
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

    static final List<String> closed = new ArrayList<>();

    static final class ClosesLast implements OrmKitCustomizer, AutoCloseable {
        @Override
        public void customize(OrmKitBuilder builder, TestDatabase database) {}

        @Override
        public void close() {
            closed.add("customizer");
        }
    }

    @PostgresTest(entities = {Owner.class, Pet.class}, customizers = ClosesLast.class)
    static class WithOrmKit {
        @Test
        void usesEverything(OrmKit orm, TestDatabase database, ClosesLast customizer) {
            seen.add(database.name());
            orm.inTransaction(session -> session.persist(new Owner("Ada")));
        }
    }

    @Test
    void eachTestClassGetsItsOwnDatabaseWhichIsDroppedAfterwards() throws SQLException {
        seen.clear();

        EngineTestKit.engine("junit-jupiter").selectors(selectClass(FirstClass.class), selectClass(SecondClass.class))
                .execute().testEvents().assertStatistics(stats -> stats.succeeded(3).failed(0));

        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).isEqualTo(seen.get(1)).startsWith("firstclass_");
        assertDropped(seen.get(0));
    }

    /**
     * JUnit before 5.13 closes only {@code CloseableResource} store values, never a plain {@code AutoCloseable};
     * JUnit 5.13+ behaves the same with this setting off. The extension closes and drops in {@code afterAll} itself.
     */
    @Test
    void databasesAreDroppedAlsoWhenJUnitDoesNotCloseStoreValues() throws SQLException {
        seen.clear();
        closed.clear();

        EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.extensions.store.close.autocloseable.enabled", "false")
                .selectors(selectClass(FirstClass.class), selectClass(WithOrmKit.class))
                .execute().testEvents().assertStatistics(stats -> stats.succeeded(3).failed(0));

        assertThat(seen).hasSize(3);
        assertThat(closed).containsExactly("customizer");
        assertDropped(seen.get(0));
        assertDropped(seen.get(2));
    }

    private static void assertDropped(String database) throws SQLException {
        PostgresServer server = PostgresServer.shared();
        try (Connection connection = java.sql.DriverManager.getConnection(server.jdbcUrl("postgres"),
                server.username(), server.password());
                PreparedStatement query = connection.prepareStatement("select count(*) from pg_database where datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).as("database %s dropped", database).isZero();
            }
        }
    }
}
