package dev.ormkit.softdelete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.softdelete.model.Customer;
import dev.ormkit.softdelete.model.OrderLine;
import dev.ormkit.softdelete.model.PurchaseOrder;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CascadeAndRestoreTest {

    private SoftDeleteFixture fixture;

    @BeforeAll
    void start(TestDatabase database) {
        fixture = new SoftDeleteFixture(database);
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    private Instant deletedAt(Class<? extends SoftDeletable> type, UUID id) {
        return fixture.orm.fromTransaction(session -> SoftDeletes.includingDeleted(session,
                () -> session.find(type, id).getDeletedAt()));
    }

    @Test
    void softDeletingAParentSoftDeletesItsCascadedChildrenWithTheSameTimestamp() {
        Customer customer = new Customer("Ada", "ada@c.example");
        PurchaseOrder order = customer.order("A-1");
        OrderLine line = order.line("teapot");
        fixture.orm.inTransaction(session -> session.persist(customer));
        fixture.clock.advance(Duration.ofMinutes(1));
        fixture.clearSql();

        fixture.orm.inTransaction(session -> session.remove(session.find(Customer.class, customer.getId())));

        Instant when = deletedAt(Customer.class, customer.getId());
        assertThat(when).isEqualTo(fixture.clock.instant());
        assertThat(deletedAt(PurchaseOrder.class, order.getId())).isEqualTo(when);
        assertThat(deletedAt(OrderLine.class, line.getId())).isEqualTo(when);
        assertThat(fixture.statements("delete")).isEmpty();
    }

    @Test
    void restoringTheParentRestoresExactlyWhatWasDeletedWithIt() {
        Customer customer = new Customer("Bob", "bob@c.example");
        PurchaseOrder keptDeleted = customer.order("B-old");
        PurchaseOrder withParent = customer.order("B-new");
        OrderLine line = withParent.line("kettle");
        fixture.orm.inTransaction(session -> session.persist(customer));
        fixture.orm.inTransaction(session -> session.remove(session.find(PurchaseOrder.class, keptDeleted.getId())));
        Instant earlier = deletedAt(PurchaseOrder.class, keptDeleted.getId());
        fixture.clock.advance(Duration.ofHours(2));
        fixture.orm.inTransaction(session -> session.remove(session.find(Customer.class, customer.getId())));

        int restored = fixture.orm.fromTransaction(session -> SoftDeletes.restore(session, Customer.class, customer.getId()));

        assertThat(restored).isEqualTo(3);
        assertThat(deletedAt(Customer.class, customer.getId())).isNull();
        assertThat(deletedAt(PurchaseOrder.class, withParent.getId())).isNull();
        assertThat(deletedAt(OrderLine.class, line.getId())).isNull();
        assertThat(deletedAt(PurchaseOrder.class, keptDeleted.getId())).isEqualTo(earlier);
        assertThat(fixture.orm.<Integer>fromTransaction(session ->
                session.find(Customer.class, customer.getId()).getOrders().size())).isEqualTo(1);
    }

    @Test
    void orphanRemovalSoftDeletesTheOrphan() {
        Customer customer = new Customer("Cleo", "cleo@c.example");
        PurchaseOrder order = customer.order("C-1");
        fixture.orm.inTransaction(session -> session.persist(customer));
        fixture.clearSql();

        fixture.orm.inTransaction(session -> session.find(Customer.class, customer.getId()).getOrders().clear());

        assertThat(deletedAt(PurchaseOrder.class, order.getId())).isNotNull();
        assertThat(fixture.statements("delete")).isEmpty();
    }

    @Test
    void restoreOfALiveEntityDoesNothingAndOfAMissingOneFailsClearly() {
        Customer customer = new Customer("Dan", "dan@c.example");
        fixture.orm.inTransaction(session -> session.persist(customer));

        assertThat(fixture.orm.<Integer>fromTransaction(session -> SoftDeletes.restore(session, customer))).isZero();
        UUID missing = UUID.randomUUID();
        assertThatThrownBy(() -> fixture.orm.inTransaction(session -> SoftDeletes.restore(session, Customer.class, missing)))
                .isInstanceOf(SoftDeleteException.class).hasMessageContaining("Customer").hasMessageContaining(missing.toString());
    }
}
