package dev.ormkit.softdelete;

import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.TestClock;
import dev.ormkit.core.OrmKit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.softdelete.model.Customer;
import dev.ormkit.softdelete.model.OrderLine;
import dev.ormkit.softdelete.model.PurchaseOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@SoftDeleteModelTest
class CascadeAndRestoreTest {

    private final OrmKit orm;
    private final TestClock clock;
    private final SqlCapture sql;

    CascadeAndRestoreTest(OrmKit orm, TestClock clock, SqlCapture sql) {
        this.orm = orm;
        this.clock = clock;
        this.sql = sql;
    }

    private Instant deletedAt(Class<? extends SoftDeletable> type, UUID id) {
        return orm.fromTransaction(session -> SoftDeletes.includingDeleted(session,
                () -> session.find(type, id).getDeletedAt()));
    }

    @Test
    void softDeletingAParentSoftDeletesItsCascadedChildrenWithTheSameTimestamp() {
        Customer customer = new Customer("Ada", "ada@c.example");
        PurchaseOrder order = customer.order("A-1");
        OrderLine line = order.line("teapot");
        orm.inTransaction(session -> session.persist(customer));
        clock.advance(Duration.ofMinutes(1));
        sql.clear();

        orm.inTransaction(session -> session.remove(session.find(Customer.class, customer.getId())));

        Instant when = deletedAt(Customer.class, customer.getId());
        assertThat(when).isEqualTo(clock.instant());
        assertThat(deletedAt(PurchaseOrder.class, order.getId())).isEqualTo(when);
        assertThat(deletedAt(OrderLine.class, line.getId())).isEqualTo(when);
        assertThat(SoftDeleteModel.statements(sql, "delete")).isEmpty();
    }

    @Test
    void restoringTheParentRestoresExactlyWhatWasDeletedWithIt() {
        Customer customer = new Customer("Bob", "bob@c.example");
        PurchaseOrder keptDeleted = customer.order("B-old");
        PurchaseOrder withParent = customer.order("B-new");
        OrderLine line = withParent.line("kettle");
        orm.inTransaction(session -> session.persist(customer));
        orm.inTransaction(session -> session.remove(session.find(PurchaseOrder.class, keptDeleted.getId())));
        Instant earlier = deletedAt(PurchaseOrder.class, keptDeleted.getId());
        clock.advance(Duration.ofHours(2));
        orm.inTransaction(session -> session.remove(session.find(Customer.class, customer.getId())));

        int restored = orm.fromTransaction(session -> SoftDeletes.restore(session, Customer.class, customer.getId()));

        assertThat(restored).isEqualTo(3);
        assertThat(deletedAt(Customer.class, customer.getId())).isNull();
        assertThat(deletedAt(PurchaseOrder.class, withParent.getId())).isNull();
        assertThat(deletedAt(OrderLine.class, line.getId())).isNull();
        assertThat(deletedAt(PurchaseOrder.class, keptDeleted.getId())).isEqualTo(earlier);
        assertThat(orm.<Integer>fromTransaction(session ->
                session.find(Customer.class, customer.getId()).getOrders().size())).isEqualTo(1);
    }

    @Test
    void orphanRemovalSoftDeletesTheOrphan() {
        Customer customer = new Customer("Cleo", "cleo@c.example");
        PurchaseOrder order = customer.order("C-1");
        orm.inTransaction(session -> session.persist(customer));
        sql.clear();

        orm.inTransaction(session -> session.find(Customer.class, customer.getId()).getOrders().clear());

        assertThat(deletedAt(PurchaseOrder.class, order.getId())).isNotNull();
        assertThat(SoftDeleteModel.statements(sql, "delete")).isEmpty();
    }

    @Test
    void restoreOfALiveEntityDoesNothingAndOfAMissingOneFailsClearly() {
        Customer customer = new Customer("Dan", "dan@c.example");
        orm.inTransaction(session -> session.persist(customer));

        assertThat(orm.<Integer>fromTransaction(session -> SoftDeletes.restore(session, customer))).isZero();
        UUID missing = UUID.randomUUID();
        assertThatThrownBy(() -> orm.inTransaction(session -> SoftDeletes.restore(session, Customer.class, missing)))
                .isInstanceOf(SoftDeleteException.class).hasMessageContaining("Customer").hasMessageContaining(missing.toString());
    }
}
