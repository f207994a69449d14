package dev.ormkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.fetch.LazyLoadOutsidePlanException;
import dev.ormkit.core.paging.CursoredPage;
import dev.ormkit.core.paging.PageRequest;
import dev.ormkit.spring.boot.app.Customer;
import dev.ormkit.spring.boot.app.CustomerRepository;
import dev.ormkit.spring.boot.app.ShopApplication;
import dev.ormkit.spring.boot.app.Ticket;
import dev.ormkit.spring.boot.app.TicketPages;
import dev.ormkit.spring.boot.app.TicketRepository;
import dev.ormkit.spring.boot.test.AutoConfigureTestPostgres;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.sql.SqlLog;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * ormkit's repository as a Spring bean on Spring's shared EntityManager and transactions: a keyset page with a
 * fetch plan, signed with {@code ormkit.cursor-secret}, in at most 3 statements, and strict fetch from
 * {@code ormkit.strict-fetch}.
 */
@AutoConfigureTestPostgres
@SpringBootTest(classes = ShopApplication.class, properties = {
        "ormkit.cursor-secret=0123456789abcdef0123456789abcdef-test",
        "ormkit.strict-fetch=true"})
class KeysetPageTest {

    @Autowired
    TicketPages pages;

    @Autowired
    TicketRepository tickets;

    @Autowired
    CustomerRepository customers;

    @Autowired
    SqlCapture sql;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void keysetPagesWithAFetchPlanTakeAtMostThreeStatements() {
        List<Ticket> all = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            Customer customer = customers.save(new Customer("customer " + c));
            for (int t = 0; t < 5; t++) {
                all.add(new Ticket("ticket %02d".formatted(c * 5 + t), customer));
            }
        }
        tickets.saveAll(all);

        AtomicReference<CursoredPage<Ticket>> first = new AtomicReference<>();
        AtomicReference<List<String>> customerNames = new AtomicReference<>();
        SqlLog log = sql.record(() -> transactions.executeWithoutResult(status -> {
            first.set(pages.byTitle(PageRequest.ofSize(10)));
            customerNames.set(first.get().content().stream().map(t -> t.getCustomer().getName()).toList());
        }));

        assertThat(log.statements()).as(log.toString()).hasSizeLessThanOrEqualTo(3);
        assertThat(first.get().content()).extracting(Ticket::getTitle).startsWith("ticket 00", "ticket 01");
        assertThat(customerNames.get()).hasSize(10).allMatch(name -> name.startsWith("customer "));

        CursoredPage<Ticket> second = transactions.execute(status ->
                pages.byTitle(first.get().nextPageRequest().orElseThrow()));
        assertThat(second.content()).extracting(Ticket::getTitle).startsWith("ticket 10");
    }

    @Test
    void strictFetchFromThePropertyRefusesALazyLoadNoPlanNamed() {
        Ticket ticket = tickets.save(new Ticket("lonely", customers.save(new Customer("Linus"))));

        assertThatThrownBy(() -> transactions.executeWithoutResult(status ->
                tickets.findById(ticket.getId()).orElseThrow().getCustomer().getName()))
                .isInstanceOf(LazyLoadOutsidePlanException.class);
    }
}
