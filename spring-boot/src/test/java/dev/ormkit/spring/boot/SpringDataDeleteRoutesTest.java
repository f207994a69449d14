package dev.ormkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.spring.boot.app.Customer;
import dev.ormkit.spring.boot.app.CustomerRepository;
import dev.ormkit.spring.boot.app.ShopApplication;
import dev.ormkit.spring.boot.app.Ticket;
import dev.ormkit.spring.boot.app.TicketRepository;
import dev.ormkit.spring.boot.test.AutoConfigureTestPostgres;
import dev.ormkit.testkit.sql.SqlCapture;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every delete method of a plain Spring Data JPA repository soft-deletes through the starter alone: the row stays,
 * {@code deleted_at} is set and the version incremented (read with plain JDBC), and no DELETE reaches the table.
 */
@AutoConfigureTestPostgres
@SpringBootTest(classes = ShopApplication.class)
class SpringDataDeleteRoutesTest {

    @Autowired
    TicketRepository tickets;

    @Autowired
    CustomerRepository customers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SqlCapture sql;

    @BeforeEach
    void startRecording() {
        sql.clear();
    }

    @AfterEach
    void noDeleteReachedTheTable() {
        sql.log().assertNoDeleteFrom("ticket");
    }

    private List<Ticket> saved(int count) {
        Customer customer = customers.save(new Customer("c-" + UUID.randomUUID()));
        String title = "t-" + UUID.randomUUID();
        return tickets.saveAll(IntStream.range(0, count).mapToObj(i -> new Ticket(title, customer)).toList());
    }

    private void assertSoftDeleted(List<Ticket> rows) {
        for (Ticket row : rows) {
            List<Long> versions = jdbc.queryForList(
                    "select version from ticket where id = ? and deleted_at is not null", Long.class, row.getId());
            assertThat(versions).as("row %s kept and marked deleted", row.getId()).containsExactly(1L);
        }
    }

    @Test
    void deleteSoftDeletes() {
        List<Ticket> rows = saved(1);
        tickets.delete(rows.get(0));
        assertSoftDeleted(rows);
    }

    @Test
    void deleteByIdSoftDeletes() {
        List<Ticket> rows = saved(1);
        tickets.deleteById(rows.get(0).getId());
        assertSoftDeleted(rows);
    }

    @Test
    void deleteAllOfSomeSoftDeletes() {
        List<Ticket> rows = saved(2);
        tickets.deleteAll(rows);
        assertSoftDeleted(rows);
    }

    @Test
    void deleteAllByIdSoftDeletes() {
        List<Ticket> rows = saved(2);
        tickets.deleteAllById(rows.stream().map(Ticket::getId).toList());
        assertSoftDeleted(rows);
    }

    @Test
    void deleteAllInBatchOfSomeSoftDeletes() {
        List<Ticket> rows = saved(2);
        tickets.deleteAllInBatch(rows);
        assertSoftDeleted(rows);
    }

    @Test
    void deleteAllByIdInBatchSoftDeletes() {
        List<Ticket> rows = saved(2);
        tickets.deleteAllByIdInBatch(rows.stream().map(Ticket::getId).toList());
        assertSoftDeleted(rows);
    }

    @Test
    void derivedDeleteBySoftDeletes() {
        List<Ticket> rows = saved(2);
        assertThat(tickets.deleteByTitle(rows.get(0).getTitle())).isEqualTo(2);
        assertSoftDeleted(rows);
    }

    @Test
    void deleteAllAndDeleteAllInBatchSoftDeleteEveryRow() {
        List<Ticket> first = saved(2);
        tickets.deleteAll();
        List<Ticket> second = saved(2);
        tickets.deleteAllInBatch();
        assertSoftDeleted(first);
        assertSoftDeleted(second);
        assertThat(tickets.count()).isZero();
    }
}
