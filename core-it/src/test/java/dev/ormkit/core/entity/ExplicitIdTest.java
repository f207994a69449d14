package dev.ormkit.core.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.BaseEntity;
import dev.ormkit.core.OrmKit;
import dev.ormkit.testkit.PostgresTest;
import jakarta.persistence.Entity;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

/** An entity may take its id from the application (imports, fixtures, tests) through BaseEntity(UUID). */
@PostgresTest(entities = ExplicitIdTest.Customer.class)
class ExplicitIdTest {

    @Entity
    static class Customer extends BaseEntity {

        private String name;

        protected Customer() {}

        Customer(String name) {
            this.name = name;
        }

        private Customer(UUID id, String name) {
            super(id);
            this.name = name;
        }

        /** A customer imported from the old system, keeping its id. */
        static Customer imported(UUID legacyId, String name) {
            return new Customer(legacyId, name);
        }
    }

    @Test
    void anEntityConstructedWithAnIdIsNewAndInsertedUnderThatId(OrmKit orm) {
        UUID legacy = UUID.fromString("3f2b8c1e-9d4a-4e6b-8f1a-2c3d4e5f6a7b");
        Customer customer = Customer.imported(legacy, "Ada");

        assertThat(customer.getId()).isEqualTo(legacy);
        assertThat(customer.isNew()).isTrue();
        orm.inTransaction(session -> session.persist(customer));

        Customer loaded = orm.fromTransaction(session -> session.find(Customer.class, legacy));
        assertThat(loaded).isEqualTo(customer);
        assertThat(loaded.name).isEqualTo("Ada");
        assertThat(loaded.getVersion()).isZero();
    }

    @Test
    void aSecondEntityWithAnIdInUseFailsAtFlushAsADuplicateKey(OrmKit orm) {
        UUID id = UUID.randomUUID();
        orm.inTransaction(session -> session.persist(Customer.imported(id, "first")));

        assertThatThrownBy(() -> orm.inTransaction(session -> session.persist(Customer.imported(id, "second"))))
                .hasCauseInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void theIdIsRequiredAndNeverTheNilUuid() {
        assertThatThrownBy(() -> Customer.imported(null, "x"))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("id must not be null");
        assertThatThrownBy(() -> Customer.imported(new UUID(0, 0), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nil UUID");
    }

    @Test
    void theDefaultConstructorStillAssignsAFreshVersion7Id() {
        assertThat(new Customer("x").getId().version()).isEqualTo(7);
    }
}
