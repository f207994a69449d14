package dev.ormkit.testkit.schema;

import dev.ormkit.testkit.PostgresServer;
import dev.ormkit.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The schema-rule tests' fixture: run DDL in a database of its own, then check it with the default rules. */
final class Schemas {

    private Schemas() {}

    static List<Violation> check(String databaseName, String... ddl) {
        try (TestDatabase database = PostgresServer.shared().createDatabase(databaseName)) {
            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                for (String sql : ddl) {
                    statement.execute(sql);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return SchemaRules.defaults().check(database.dataSource());
        }
    }
}
