package dev.ormkit.softdelete;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.OrmKit;
import dev.ormkit.softdelete.model.Customer;
import dev.ormkit.softdelete.model.Note;
import dev.ormkit.softdelete.model.OrderLine;
import dev.ormkit.softdelete.model.PurchaseOrder;
import dev.ormkit.softdelete.model.Tag;
import dev.ormkit.testkit.PostgresTest;
import org.junit.jupiter.api.Test;

/** Cascading a soft delete, restoring and purging load children lazily on purpose: strict mode must allow it. */
@PostgresTest(entities = {Customer.class, PurchaseOrder.class, OrderLine.class, Tag.class, Note.class})
class StrictFetchCascadeTest {

    @Test
    void softDeleteRestoreAndPurgeWorkInStrictMode(OrmKit orm) {
        Customer customer = new Customer("Strict", "strict@s.example");
        customer.order("S-1").line("cup");
        orm.inTransaction(session -> session.persist(customer));

        orm.inTransaction(session -> session.remove(session.find(Customer.class, customer.getId())));
        int restored = orm.fromTransaction(session -> SoftDeletes.restore(session, Customer.class, customer.getId()));
        orm.inTransaction(session -> session.remove(session.find(Customer.class, customer.getId())));
        boolean purged = orm.fromTransaction(session -> SoftDeletes.purge(session, customer));

        assertThat(restored).isEqualTo(3);
        assertThat(purged).isTrue();
    }
}
