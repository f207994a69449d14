package dev.ormkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.paging.CursoredPage;
import dev.ormkit.core.paging.InvalidPageRequestException;
import dev.ormkit.core.paging.PageRequest;
import dev.ormkit.core.paging.Sort;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.core.repository.EntityRepository;
import dev.ormkit.spring.boot.app.Customer;
import dev.ormkit.spring.boot.app.CustomerRepository;
import dev.ormkit.spring.boot.app.ShopApplication;
import dev.ormkit.spring.boot.app.Ticket;
import dev.ormkit.spring.boot.app.TicketRepository;
import dev.ormkit.spring.boot.data.SpringPaging;
import dev.ormkit.spring.boot.test.AutoConfigureTestPostgres;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.sql.SqlLog;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.type.SqlTypes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A plain Spring Data JPA repository that extends {@code OrmKitQueries}: ormkit's keyset pages with a fetch plan
 * and offset pages, and Spring's {@code Pageable} converted with {@code SpringPaging}.
 */
@AutoConfigureTestPostgres
@SpringBootTest(classes = ShopApplication.class, properties = "ormkit.cursor-secret=0123456789abcdef0123456789abcdef-t")
class SpringDataPagingTest {

    @Autowired
    TicketRepository tickets;

    @Autowired
    CustomerRepository customers;

    @Autowired
    SqlCapture sql;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EntityManager sharedEntityManager;

    private String prefix;

    @BeforeEach
    void seed() {
        prefix = "paged-" + System.nanoTime() + "-";
        List<Ticket> all = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            Customer customer = customers.save(new Customer(prefix + "customer " + c));
            for (int t = 0; t < 5; t++) {
                all.add(new Ticket(prefix + "ticket %02d".formatted(c * 5 + t), customer));
            }
        }
        tickets.saveAll(all);
    }

    // tag::scroll[]
    private QuerySpec<Ticket> byTitle() {
        return QuerySpec.<Ticket>where("e.title like :prefix").bind("prefix", prefix + "%")
                .orderBy(Sort.asc("title")).fetch("customer");
    }

    // end::scroll[]

    @Test
    void aKeysetPageWithAFetchPlanThroughASpringDataRepositoryTakesAtMostThreeStatements() {
        tickets.scroll(byTitle(), PageRequest.ofSize(5)); // the first page of an order also checks the index once
        AtomicReference<CursoredPage<Ticket>> first = new AtomicReference<>();
        AtomicReference<List<String>> customerNames = new AtomicReference<>();

        SqlLog log = sql.record(() -> transactions.executeWithoutResult(status -> {
            // tag::scroll[]
            first.set(tickets.scroll(byTitle(), PageRequest.ofSize(8)));
            // end::scroll[]
            customerNames.set(first.get().content().stream().map(t -> t.getCustomer().getName()).toList());
        }));

        assertThat(log.statements()).as(log.toString()).hasSizeLessThanOrEqualTo(3);
        assertThat(first.get().content()).hasSize(8);
        assertThat(customerNames.get()).allMatch(name -> name.startsWith(prefix + "customer "));
        CursoredPage<Ticket> second = transactions.execute(status ->
                tickets.scroll(byTitle(), first.get().nextPageRequest().orElseThrow()));
        assertThat(second.content()).extracting(Ticket::getTitle).startsWith(prefix + "ticket 08");
    }

    @Test
    void aFetchPlannedCollectionThroughSpringsSharedEntityManagerIsOneSelectOfItsRows() {
        AtomicReference<List<Integer>> ticketCounts = new AtomicReference<>();
        SqlLog log = sql.record(() -> transactions.executeWithoutResult(status -> ticketCounts.set(
                new EntityRepository<>(Customer.class, () -> sharedEntityManager)
                        .page(QuerySpec.<Customer>where("e.name like :prefix").bind("prefix", prefix + "%")
                                .orderBy(Sort.asc("name")).fetch("tickets"), PageRequest.ofSize(4))
                        .content().stream().map(customer -> customer.getTickets().size()).toList())));

        assertThat(log.statements()).as(log.toString()).hasSize(2);
        assertThat(log.statements().get(1).sql()).as("ticket rows only, keyed by the foreign key")
                .contains("customer_id = any (?)").doesNotContain("join");
        assertThat(ticketCounts.get()).containsExactly(5, 5, 5, 5);
    }

    @Test
    void instantsAreBoundByOrmkitsDescriptorUnderSpringBootToo() {
        assertThat(sharedEntityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getTypeConfiguration().getJdbcTypeRegistry().getDescriptor(SqlTypes.TIMESTAMP_UTC))
                .isInstanceOf(dev.ormkit.core.internal.UtcTimestamps.class);
    }

    @Test
    void aSpringPageableBecomesAnOrmkitPageAndBack() {
        Pageable pageable = org.springframework.data.domain.PageRequest.of(1, 6,
                org.springframework.data.domain.Sort.by("title").descending());

        Slice<Ticket> slice = transactions.execute(status -> SpringPaging.slice(tickets.page(
                QuerySpec.<Ticket>where("e.title like :prefix").bind("prefix", prefix + "%")
                        .orderBy(SpringPaging.sorts(pageable)),
                SpringPaging.pageRequest(pageable).withTotal()), pageable));

        assertThat(slice).isInstanceOf(org.springframework.data.domain.Page.class);
        assertThat(((org.springframework.data.domain.Page<Ticket>) slice).getTotalElements()).isEqualTo(20);
        assertThat(slice.getNumber()).isOne();
        assertThat(slice.getContent()).extracting(Ticket::getTitle).first().isEqualTo(prefix + "ticket 13");
        assertThatThrownBy(() -> SpringPaging.pageRequest(Pageable.unpaged()))
                .isInstanceOf(InvalidPageRequestException.class).hasMessageContaining("list(spec)");
    }
}
