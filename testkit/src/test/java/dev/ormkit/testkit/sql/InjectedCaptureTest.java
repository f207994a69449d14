package dev.ormkit.testkit.sql;

import dev.ormkit.core.OrmKit;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.model.Owner;
import dev.ormkit.testkit.model.Pet;
import org.junit.jupiter.api.Test;

/** The injected OrmKit and DataSource already send their statements through the injected SqlCapture. */
@PostgresTest(entities = {Owner.class, Pet.class})
class InjectedCaptureTest {

    @Test
    void theInjectedOrmKitIsCaptured(OrmKit orm, SqlCapture sql) {
        sql.record(() -> orm.inTransaction(session -> session.persist(new Owner("captured"))))
                .assertCount(StatementKind.INSERT, 1)
                .assertCount(StatementKind.SELECT, 0);
    }

    @Test
    void theInjectedDataSourceIsCaptured(javax.sql.DataSource dataSource, SqlCapture sql) {
        sql.record(() -> {
            try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
                statement.execute("select 1");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }).assertCount(StatementKind.SELECT, 1);
    }
}
