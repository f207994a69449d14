package dev.ormkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.spring.boot.app.Customer;
import dev.ormkit.spring.boot.app.CustomerRepository;
import dev.ormkit.spring.boot.app.ShopApplication;
import dev.ormkit.spring.boot.test.AutoConfigureTestPostgres;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.sql.SqlLog;
import dev.ormkit.testkit.sql.StatementKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Spring Data's {@code save}/{@code saveAll} of new ormkit entities: no SELECT, batched, stamped by the Clock bean. */
@AutoConfigureTestPostgres
@SpringBootTest(classes = {ShopApplication.class, SpringDataWritesTest.FixedClock.class})
class SpringDataWritesTest {

    static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    CustomerRepository customers;

    @Autowired
    SqlCapture sql;

    @Test
    void saveOfANewEntityIssuesOnlyTheInsert() {
        SqlLog log = sql.record(() -> customers.save(new Customer("Ada")));

        log.assertCount(StatementKind.SELECT, 0).assertCount(StatementKind.INSERT, 1);
    }

    @Test
    void saveAllOfNewEntitiesIssuesOneBatchedInsertAndNoSelect() {
        List<Customer> fresh = IntStream.range(0, 20).mapToObj(i -> new Customer("customer " + i)).toList();

        SqlLog log = sql.record(() -> customers.saveAll(fresh));

        log.assertCount(StatementKind.SELECT, 0).assertCount(StatementKind.INSERT, 1);
        assertThat(log.statements()).singleElement().extracting(s -> s.batchSize()).isEqualTo(20);
    }

    @Test
    void timestampsComeFromTheApplicationsClockBean() {
        Customer saved = customers.save(new Customer("Grace"));

        Customer loaded = customers.findById(saved.getId()).orElseThrow();
        assertThat(loaded.getCreatedAt()).isEqualTo(NOW);
        assertThat(loaded.getUpdatedAt()).isEqualTo(NOW);
    }
}
