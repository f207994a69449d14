package dev.ormkit.softdelete;

import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.TestClock;
import dev.ormkit.core.OrmKit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.softdelete.model.Customer;
import jakarta.persistence.OptimisticLockException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@SoftDeleteModelTest
class SoftDeleteTest {

    private final OrmKit orm;
    private final TestClock clock;
    private final SqlCapture sql;

    SoftDeleteTest(OrmKit orm, TestClock clock, SqlCapture sql) {
        this.orm = orm;
        this.clock = clock;
        this.sql = sql;
    }

    @Test
    void removeIsAnUpdateOfDeletedAtAndVersionNeverADelete() {
        Customer customer = new Customer("Ada", "ada@example.com");
        orm.inTransaction(session -> session.persist(customer));
        clock.advance(Duration.ofHours(1));
        sql.clear();

        orm.inTransaction(session -> session.remove(session.find(Customer.class, customer.getId())));

        assertThat(SoftDeleteModel.statements(sql, "delete")).isEmpty();
        assertThat(SoftDeleteModel.statements(sql, "update")).singleElement().asString()
                .contains("deleted_at=?").contains("version=?").contains("where id=? and version=?");
        Customer deleted = orm.fromTransaction(session -> SoftDeletes.includingDeleted(session,
                () -> session.find(Customer.class, customer.getId())));
        assertThat(deleted.getDeletedAt()).isEqualTo(Instant.parse(SoftDeleteModel.START).plus(Duration.ofHours(1)));
        assertThat(deleted.isDeleted()).isTrue();
        assertThat(deleted.getVersion()).isEqualTo(1L);
    }

    @Test
    void deletingTwiceChangesNothing() {
        Customer customer = new Customer("Twice", "twice@example.com");
        orm.inTransaction(session -> session.persist(customer));
        orm.inTransaction(session -> session.remove(session.find(Customer.class, customer.getId())));
        sql.clear();

        orm.inTransaction(session -> SoftDeletes.includingDeleted(session,
                () -> session.remove(session.find(Customer.class, customer.getId()))));

        assertThat(SoftDeleteModel.statements(sql, "update")).isEmpty();
        assertThat(SoftDeleteModel.statements(sql, "delete")).isEmpty();
    }

    @Test
    void staleVersionFailsWithAnOptimisticLockError() {
        Customer customer = new Customer("Grace", "grace@example.com");
        orm.inTransaction(session -> session.persist(customer));
        Customer stale = orm.fromTransaction(session -> session.find(Customer.class, customer.getId()));
        orm.inTransaction(session -> session.find(Customer.class, customer.getId()).setName("Grace H."));

        assertThatThrownBy(() -> orm.inTransaction(session -> session.remove(session.merge(stale))))
                .isInstanceOf(OptimisticLockException.class);
        Instant deletedAt = orm.fromTransaction(session ->
                session.find(Customer.class, customer.getId()).getDeletedAt());
        assertThat(deletedAt).isNull();
    }

    @Test
    void softDeleteAlsoMovesUpdatedAt() {
        Customer customer = new Customer("Linus", "linus@example.com");
        orm.inTransaction(session -> session.persist(customer));
        clock.advance(Duration.ofMinutes(3));

        orm.inTransaction(session -> session.remove(session.find(Customer.class, customer.getId())));

        Customer deleted = orm.fromTransaction(session -> SoftDeletes.includingDeleted(session,
                () -> session.find(Customer.class, customer.getId())));
        assertThat(deleted.getUpdatedAt()).isEqualTo(deleted.getDeletedAt());
    }
}
