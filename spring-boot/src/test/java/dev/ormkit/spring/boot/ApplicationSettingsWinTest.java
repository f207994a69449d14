package dev.ormkit.spring.boot;

import static dev.ormkit.spring.boot.PoolSessionSettingsTest.show;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.ormkit.spring.boot.app.ShopApplication;
import dev.ormkit.spring.boot.test.AutoConfigureTestPostgres;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** {@code ormkit.*} properties reach the pool and Hibernate; the application's own Boot settings win over ormkit's. */
@AutoConfigureTestPostgres
@SpringBootTest(classes = ShopApplication.class, properties = {
        "ormkit.query-timeout=5s",
        "ormkit.lock-timeout=2s",
        "ormkit.idle-in-transaction-timeout=0s",
        "ormkit.strict-fetch=true",
        "ormkit.max-page-size=50",
        "spring.jpa.properties.hibernate.jdbc.batch_size=7",
        "spring.datasource.hikari.connection-timeout=5000",
        "spring.datasource.hikari.data-source-properties.options=-c lock_timeout=1500 -c search_path=public"})
class ApplicationSettingsWinTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void ormkitPropertiesSetTheSessionTimeoutsAndTheApplicationsOptionsComeLast() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(show(connection, "statement_timeout")).as("twice the query timeout").isEqualTo("10s");
            assertThat(show(connection, "lock_timeout")).as("the application's options win").isEqualTo("1500ms");
            assertThat(show(connection, "idle_in_transaction_session_timeout")).isEqualTo("0");
        }
        assertThat(dataSource.unwrap(HikariDataSource.class).getConnectionTimeout()).isEqualTo(5000);
    }

    @Test
    void hibernateGetsOrmKitsPropertiesAndTheApplicationsOwnWin() {
        assertThat(entityManagerFactory.getProperties())
                .containsEntry("hibernate.jdbc.batch_size", "7")
                .containsEntry("jakarta.persistence.query.timeout", 5000L)
                .containsEntry("ormkit.strict_fetch", true)
                .containsEntry("ormkit.max_page_size", 50)
                .containsEntry("hibernate.order_inserts", true)
                .containsEntry("hibernate.order_updates", true)
                .containsEntry("hibernate.default_batch_fetch_size", 50)
                .containsEntry("hibernate.jdbc.time_zone", "UTC")
                .containsEntry("hibernate.query.fail_on_pagination_over_collection_fetch", true)
                .containsEntry("hibernate.jdbc.log.errors", false);
    }
}
