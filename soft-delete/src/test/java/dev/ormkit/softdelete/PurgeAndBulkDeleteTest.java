package dev.ormkit.softdelete;

import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.TestClock;
import dev.ormkit.core.OrmKit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.softdelete.model.Customer;
import dev.ormkit.softdelete.model.Tag;
import jakarta.persistence.criteria.CriteriaDelete;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@SoftDeleteModelTest
class PurgeAndBulkDeleteTest {

    private final OrmKit orm;
    private final TestClock clock;
    private final SqlCapture sql;

    PurgeAndBulkDeleteTest(OrmKit orm, TestClock clock, SqlCapture sql) {
        this.orm = orm;
        this.clock = clock;
        this.sql = sql;
    }

    private long rows(String entity) {
        return orm.fromTransaction(session -> SoftDeletes.includingDeleted(session, () ->
                session.createSelectionQuery("select count(*) from " + entity, Long.class).getSingleResult()));
    }

    @Test
    void jpqlBulkDeleteOfASoftDeletableEntitySoftDeletesItsRows() {
        orm.inTransaction(session -> session.persist(new Tag("bulk")));
        sql.clear();

        int deleted = orm.fromTransaction(session ->
                session.createMutationQuery("delete from Tag t where t.label = 'bulk'").executeUpdate());

        assertThat(deleted).isOne();
        assertThat(SoftDeleteModel.statements(sql, "delete")).isEmpty();
        assertThat(SoftDeleteModel.statements(sql, "update")).singleElement().asString()
                .contains("deleted_at=?").contains("version=").contains("deleted_at is null");
        assertThat(rows("Tag t where t.label = 'bulk' and t.deletedAt is not null")).isEqualTo(1L);
    }

    @Test
    void criteriaBulkDeleteOfAnEntityThatCascadesIsRefused() {
        Customer customer = new Customer("Bulk", "bulk@b.example");
        orm.inTransaction(session -> session.persist(customer));

        assertThatThrownBy(() -> orm.inTransaction(session -> {
            CriteriaDelete<Customer> delete = session.getCriteriaBuilder().createCriteriaDelete(Customer.class);
            delete.from(Customer.class);
            session.createMutationQuery(delete).executeUpdate();
        })).isInstanceOf(SoftDeleteException.class).hasMessageContaining("Customer").hasMessageContaining("orders");
        assertThat(rows("Customer c where c.email = 'bulk@b.example' and c.deletedAt is null")).isEqualTo(1L);
    }

    @Test
    void aBulkUpdateSoftDeletesInBulk() {
        orm.inTransaction(session -> {
            session.persist(new Tag("stale-1"));
            session.persist(new Tag("stale-2"));
        });

        int updated = orm.fromTransaction(session -> session.createMutationQuery(
                        "update Tag t set t.deletedAt = :now where t.label like 'stale-%'")
                .setParameter("now", clock.instant()).executeUpdate());

        assertThat(updated).isEqualTo(2);
        assertThat(orm.<Long>fromTransaction(session -> session.createSelectionQuery(
                "select count(*) from Tag t where t.label like 'stale-%'", Long.class).getSingleResult())).isZero();
    }

    @Test
    void purgeDeletesTheRowAndItsCascadedChildrenForReal() {
        Customer customer = new Customer("Purged", "purged@p.example");
        customer.order("P-1").line("spoon");
        orm.inTransaction(session -> session.persist(customer));
        orm.inTransaction(session -> session.remove(session.find(Customer.class, customer.getId())));
        long orders = rows("PurchaseOrder");
        sql.clear();

        boolean purged = orm.fromTransaction(session -> SoftDeletes.purge(session, customer));

        assertThat(purged).isTrue();
        assertThat(SoftDeleteModel.statements(sql, "delete")).hasSize(4)
                .anySatisfy(s -> assertThat(s).startsWith("delete from customer "))
                .anySatisfy(s -> assertThat(s).startsWith("delete from purchase_order "))
                .anySatisfy(s -> assertThat(s).startsWith("delete from order_line "))
                .anySatisfy(s -> assertThat(s).startsWith("delete from customer_tag "));
        assertThat(rows("PurchaseOrder")).isEqualTo(orders - 1);
        assertThat(orm.<Boolean>fromTransaction(session -> SoftDeletes.purge(session, customer))).isFalse();
    }

    @Test
    void purgeDeletedBeforeRemovesOnlyRowsDeletedBeforeTheCutoff() {
        Tag old = new Tag("retention-old");
        Tag recent = new Tag("retention-recent");
        Tag live = new Tag("retention-live");
        orm.inTransaction(session -> {
            session.persist(old);
            session.persist(recent);
            session.persist(live);
        });
        orm.inTransaction(session -> session.remove(session.find(Tag.class, old.getId())));
        clock.advance(Duration.ofDays(40));
        Instant cutoff = clock.instant();
        clock.advance(Duration.ofDays(1));
        orm.inTransaction(session -> session.remove(session.find(Tag.class, recent.getId())));

        long deletedBeforeCutoff = orm.fromTransaction(session -> SoftDeletes.includingDeleted(session, () ->
                session.createSelectionQuery("select count(*) from Tag t where t.deletedAt < :cutoff", Long.class)
                        .setParameter("cutoff", cutoff).getSingleResult()));

        int purged = orm.fromTransaction(session -> SoftDeletes.purgeDeletedBefore(session, Tag.class, cutoff));

        assertThat(purged).isEqualTo(deletedBeforeCutoff).isPositive();
        assertThat(orm.<java.util.List<String>>fromTransaction(session -> SoftDeletes.includingDeleted(session, () ->
                session.createSelectionQuery("select t.label from Tag t where t.label like 'retention-%' order by t.label",
                        String.class).getResultList()))).containsExactly("retention-live", "retention-recent");
    }
}
