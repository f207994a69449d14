package dev.ormkit.examples.docs.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ormkit.core.OrmKit;
import dev.ormkit.core.RetryPolicy;
import dev.ormkit.core.SessionHygiene;
import dev.ormkit.testkit.PostgresTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The snippets of docs/operations.md. */
@PostgresTest(entities = Order.class)
class OperationsSnippetsTest {

    @Test
    void theRetryHelperReturnsTheId(OrmKit orm) {
        List<String> cart = List.of("food", "toy");
        // tag::retry[]
        RetryPolicy retry = RetryPolicy.attempts(3).backoff(Duration.ofMillis(50), Duration.ofSeconds(2));
        UUID id = orm.fromTransaction(retry, session -> {
            Order order = new Order(cart);   // built inside: each attempt is a fresh unit of work
            session.persist(order);
            return order.getId();
        });
        // end::retry[]
        assertThat(orm.fromTransaction(session -> session.find(Order.class, id)).getItems()).isEqualTo(2);
    }

    /** Compiled only: it names a production server (SessionHygieneTest in core-it runs the same calls). */
    static DataSource ownPool() {
        // tag::own-pool[]
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://localhost:5432/clinic");
        config.addDataSourceProperty("options", SessionHygiene.startupOptions(
                Duration.ofMinutes(1), Duration.ofSeconds(30), Duration.ofMinutes(1)));   // statement, lock, idle
        config.setConnectionTimeout(10_000);
        config.setLeakDetectionThreshold(60_000);
        DataSource dataSource = SessionHygiene.resettingOnReturn(new HikariDataSource(config));
        // end::own-pool[]
        return dataSource;
    }
}
