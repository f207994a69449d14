package dev.ormkit.spring.boot.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.spring.boot.test.AutoConfigureTestPostgres;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.sql.SqlLog;
import dev.ormkit.testkit.sql.StatementKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A {@code @DataJpaTest} slice on the testkit's PostgreSQL, with ormkit's auto-configuration in the slice: session
 * settings on the pool, no SELECT on save, a soft delete instead of a DELETE. Each test rolls back.
 */
// tag::slice[]
@DataJpaTest(showSql = false)
@AutoConfigureTestPostgres
class DataJpaSliceTest {
// end::slice[]

// tag::slice[]
    @Autowired
    CustomerRepository customers;

// end::slice[]
    @Autowired
    TicketRepository tickets;

// tag::slice[]
    @Autowired
    SqlCapture sql;

// end::slice[]
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSliceRunsOnPostgresWithOrmKitsSessionSettings() {
        assertThat(jdbc.queryForObject("select current_setting('statement_timeout')", String.class)).isEqualTo("1min");
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    }

// tag::slice[]
    @Test
    void saveAndFlushOfANewEntityIssuesOnlyTheInsert() {
        SqlLog log = sql.record(() -> customers.saveAndFlush(new Customer("Ada")));

        log.assertCount(StatementKind.SELECT, 0).assertCount(StatementKind.INSERT, 1);
    }
// end::slice[]

    @Test
    void deleteIsASoftDelete() {
        Ticket ticket = tickets.saveAndFlush(new Ticket("flu", customers.save(new Customer("Grace"))));

        SqlLog log = sql.record(() -> {
            tickets.delete(ticket);
            tickets.flush();
        });

        log.assertCount(StatementKind.UPDATE, 1).assertNoDeleteFrom("ticket");
        assertThat(tickets.findById(ticket.getId())).isEmpty();
    }
// tag::slice[]
}
// end::slice[]
