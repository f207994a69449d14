package dev.ormkit.softdelete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.softdelete.model.Customer;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import jakarta.persistence.OptimisticLockException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SoftDeleteTest {

    private SoftDeleteFixture fixture;

    @BeforeAll
    void start(TestDatabase database) {
        fixture = new SoftDeleteFixture(database);
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    @Test
    void removeIsAnUpdateOfDeletedAtAndVersionNeverADelete() {
        Customer customer = new Customer("Ada", "ada@example.com");
        fixture.orm.inTransaction(session -> session.persist(customer));
        fixture.clock.advance(Duration.ofHours(1));
        fixture.clearSql();

        fixture.orm.inTransaction(session -> session.remove(session.find(Customer.class, customer.getId())));

        assertThat(fixture.statements("delete")).isEmpty();
        assertThat(fixture.statements("update")).singleElement().asString()
                .contains("deleted_at=?").contains("version=?").contains("where id=? and version=?");
        Customer deleted = fixture.orm.fromTransaction(session -> SoftDeletes.includingDeleted(session,
                () -> session.find(Customer.class, customer.getId())));
        assertThat(deleted.getDeletedAt()).isEqualTo(SoftDeleteFixture.START.plus(Duration.ofHours(1)));
        assertThat(deleted.isDeleted()).isTrue();
        assertThat(deleted.getVersion()).isEqualTo(1L);
    }

    @Test
    void deletingTwiceChangesNothing() {
        Customer customer = new Customer("Twice", "twice@example.com");
        fixture.orm.inTransaction(session -> session.persist(customer));
        fixture.orm.inTransaction(session -> session.remove(session.find(Customer.class, customer.getId())));
        fixture.clearSql();

        fixture.orm.inTransaction(session -> SoftDeletes.includingDeleted(session,
                () -> session.remove(session.find(Customer.class, customer.getId()))));

        assertThat(fixture.statements("update")).isEmpty();
        assertThat(fixture.statements("delete")).isEmpty();
    }

    @Test
    void staleVersionFailsWithAnOptimisticLockError() {
        Customer customer = new Customer("Grace", "grace@example.com");
        fixture.orm.inTransaction(session -> session.persist(customer));
        Customer stale = fixture.orm.fromTransaction(session -> session.find(Customer.class, customer.getId()));
        fixture.orm.inTransaction(session -> session.find(Customer.class, customer.getId()).setName("Grace H."));

        assertThatThrownBy(() -> fixture.orm.inTransaction(session -> session.remove(session.merge(stale))))
                .isInstanceOf(OptimisticLockException.class);
        Instant deletedAt = fixture.orm.fromTransaction(session ->
                session.find(Customer.class, customer.getId()).getDeletedAt());
        assertThat(deletedAt).isNull();
    }

    @Test
    void softDeleteAlsoMovesUpdatedAt() {
        Customer customer = new Customer("Linus", "linus@example.com");
        fixture.orm.inTransaction(session -> session.persist(customer));
        fixture.clock.advance(Duration.ofMinutes(3));

        fixture.orm.inTransaction(session -> session.remove(session.find(Customer.class, customer.getId())));

        Customer deleted = fixture.orm.fromTransaction(session -> SoftDeletes.includingDeleted(session,
                () -> session.find(Customer.class, customer.getId())));
        assertThat(deleted.getUpdatedAt()).isEqualTo(deleted.getDeletedAt());
    }
}
