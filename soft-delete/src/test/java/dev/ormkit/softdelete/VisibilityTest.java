package dev.ormkit.softdelete;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.fetch.FetchPlan;
import dev.ormkit.core.repository.EntityRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.softdelete.model.Customer;
import dev.ormkit.softdelete.model.Note;
import dev.ormkit.softdelete.model.PurchaseOrder;
import dev.ormkit.softdelete.model.Tag;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.Session;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Deleted rows are hidden from every way of reading, and shown by the scopes. */
@SoftDeleteModelTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisibilityTest {

    private final OrmKit orm;
    private UUID live;
    private UUID deleted;
    private UUID liveOrder;
    private UUID deletedOrder;
    private UUID note;

    VisibilityTest(OrmKit orm) {
        this.orm = orm;
    }

    @BeforeAll
    void start() {
        Customer ada = new Customer("Ada", "ada@v.example");
        Customer bob = new Customer("Bob", "bob@v.example");
        PurchaseOrder kept = ada.order("A-1");
        PurchaseOrder dropped = ada.order("A-2");
        Tag vip = new Tag("vip");
        Tag old = new Tag("old");
        ada.getTags().add(vip);
        ada.getTags().add(old);
        Note aboutBob = new Note(bob, "called twice");
        orm.inTransaction(session -> {
            session.persist(vip);
            session.persist(old);
            session.persist(ada);
            session.persist(bob);
            session.persist(aboutBob);
        });
        orm.inTransaction(session -> {
            session.remove(session.find(Customer.class, bob.getId()));
            session.remove(session.find(PurchaseOrder.class, dropped.getId()));
            session.remove(session.find(Tag.class, old.getId()));
        });
        live = ada.getId();
        deleted = bob.getId();
        liveOrder = kept.getId();
        deletedOrder = dropped.getId();
        note = aboutBob.getId();
    }

    private <T> T read(Function<Session, T> work) {
        return orm.fromTransaction(work);
    }

    @Test
    void findHidesDeletedRows() {
        assertThat(this.<Customer>read(s -> s.find(Customer.class, deleted))).isNull();
        assertThat(this.<Customer>read(s -> s.find(Customer.class, live))).isNotNull();
    }

    @Test
    void findInTheDeletingTransactionHidesTheRowToo() {
        Customer carl = new Customer("Carl", "carl@v.example");
        orm.inTransaction(session -> session.persist(carl));

        Customer found = read(session -> {
            session.remove(session.find(Customer.class, carl.getId()));
            return session.find(Customer.class, carl.getId());
        });

        assertThat(found).isNull();
    }

    @Test
    void initialisingAReferenceToADeletedRowFailsLikeAMissingRow() {
        assertThatThrownBy(() -> read(s -> s.getReference(Customer.class, deleted).getName()))
                .isInstanceOf(EntityNotFoundException.class).hasMessageContaining("soft-deleted");
        assertThat(this.<String>read(s -> s.getReference(Customer.class, live).getName())).isEqualTo("Ada");
    }

    @Test
    void jpqlCriteriaCountAndExistsHideDeletedRows() {
        assertThat(this.<List<Customer>>read(s -> s.createSelectionQuery("from Customer", Customer.class).getResultList()))
                .extracting(Customer::getName).containsExactly("Ada");
        assertThat(this.<List<String>>read(s -> criteriaNames(s))).containsExactly("Ada");
        assertThat(this.<Long>read(s -> s.createSelectionQuery("select count(*) from Customer", Long.class).getSingleResult()))
                .isEqualTo(1L);
        assertThat(this.<Long>read(s -> s.createSelectionQuery(
                "select count(*) from Customer c where c.id = :id", Long.class).setParameter("id", deleted)
                .getSingleResult())).as("exists").isZero();
    }

    @Test
    void collectionsHideDeletedElements() {
        assertThat(this.<List<String>>read(s -> references(s.find(Customer.class, live).getOrders()))).containsExactly("A-1");
        assertThat(this.<List<String>>read(s -> labels(s.find(Customer.class, live)))).containsExactly("vip");
        assertThat(this.<List<String>>read(s -> references(s.createSelectionQuery(
                "from Customer c left join fetch c.orders where c.id = :id", Customer.class)
                .setParameter("id", live).getSingleResult().getOrders()))).containsExactly("A-1");
    }

    @Test
    void fetchPlansLoadOnlyLiveElementsAndScopesWidenThem() {
        assertThat(this.<List<String>>read(s -> references(new EntityRepository<>(Customer.class, () -> s)
                .get(live, FetchPlan.of("orders", "tags")).getOrders()))).containsExactly("A-1");
        assertThat(this.<List<String>>read(s -> labels(new EntityRepository<>(Customer.class, () -> s)
                .get(live, FetchPlan.of("orders", "tags"))))).containsExactly("vip");
        assertThat(this.<List<String>>read(s -> SoftDeletes.includingDeleted(s, () -> references(
                new EntityRepository<>(Customer.class, () -> s).get(live, FetchPlan.of("orders")).getOrders()))))
                .containsExactlyInAnyOrder("A-1", "A-2");
    }

    @Test
    void aLiveRowsReferenceToADeletedRowStillLoads() {
        Customer author = read(s -> {
            Customer target = s.find(Note.class, note).getAuthor();
            target.getName();
            return target;
        });

        assertThat(author.getName()).isEqualTo("Bob");
        assertThat(author.isDeleted()).isTrue();
        assertThat(this.<String>read(s -> s.createSelectionQuery("select n.author.name from Note n where n.id = :id", String.class)
                .setParameter("id", note).getSingleResult())).isEqualTo("Bob");
    }

    @Test
    void includingDeletedShowsEveryShape() {
        read(s -> SoftDeletes.includingDeleted(s, () -> {
            assertThat(s.find(Customer.class, deleted)).isNotNull();
            assertThat(s.getReference(Customer.class, deleted).getName()).isEqualTo("Bob");
            assertThat(s.createSelectionQuery("from Customer", Customer.class).getResultList())
                    .extracting(Customer::getName).contains("Ada", "Bob");
            assertThat(criteriaNames(s)).contains("Ada", "Bob");
            assertThat(s.createSelectionQuery("select count(*) from Customer", Long.class).getSingleResult())
                    .isGreaterThanOrEqualTo(2L);
            Customer ada = s.find(Customer.class, live);
            assertThat(references(ada.getOrders())).containsExactlyInAnyOrder("A-1", "A-2");
            assertThat(labels(ada)).containsExactlyInAnyOrder("vip", "old");
            return null;
        }));
    }

    @Test
    void onlyDeletedShowsOnlyDeletedRowsInEveryShape() {
        read(s -> SoftDeletes.onlyDeleted(s, () -> {
            assertThat(s.find(Customer.class, deleted)).isNotNull();
            assertThat(s.find(Customer.class, live)).isNull();
            assertThat(s.createSelectionQuery("from Customer", Customer.class).getResultList())
                    .extracting(Customer::getName).contains("Bob").doesNotContain("Ada");
            assertThat(criteriaNames(s)).contains("Bob").doesNotContain("Ada");
            assertThat(s.createSelectionQuery("select count(*) from PurchaseOrder", Long.class).getSingleResult())
                    .isEqualTo(1L);
            assertThat(s.find(PurchaseOrder.class, deletedOrder)).isNotNull();
            assertThat(s.find(PurchaseOrder.class, liveOrder)).isNull();
            return null;
        }));
    }

    @Test
    void aScopeCoversOneQueryAndThenRestoresTheDefault() {
        List<Customer> all = read(s -> {
            List<Customer> seen;
            try (SoftDeletes.Scope scope = SoftDeletes.scope(s, Visibility.INCLUDING_DELETED)) {
                seen = s.createSelectionQuery("from Customer", Customer.class).getResultList();
            }
            assertThat(s.createSelectionQuery("from Customer", Customer.class).getResultList()).hasSize(1);
            return seen;
        });
        assertThat(all).extracting(Customer::getName).contains("Ada", "Bob");
    }

    private static List<String> criteriaNames(Session session) {
        CriteriaBuilder builder = session.getCriteriaBuilder();
        CriteriaQuery<String> query = builder.createQuery(String.class);
        Root<Customer> customer = query.from(Customer.class);
        query.select(customer.get("name"));
        return session.createQuery(query).getResultList();
    }

    private static List<String> references(List<PurchaseOrder> orders) {
        return orders.stream().map(PurchaseOrder::getReference).toList();
    }

    private static List<String> labels(Customer customer) {
        return customer.getTags().stream().map(Tag::getLabel).toList();
    }
}
