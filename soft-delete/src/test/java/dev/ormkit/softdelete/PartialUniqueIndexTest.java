package dev.ormkit.softdelete;

import dev.ormkit.core.OrmKit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.softdelete.model.Customer;
import dev.ormkit.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@SoftDeleteModelTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartialUniqueIndexTest {

    private final OrmKit orm;

    PartialUniqueIndexTest(OrmKit orm) {
        this.orm = orm;
    }

    @BeforeAll
    void start(TestDatabase database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(SoftDeletes.partialUniqueIndex("customer_email_live_key", "customer", "email"));
        }
    }

    private static ConstraintViolationException constraintViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation) {
                return violation;
            }
        }
        throw new AssertionError("no ConstraintViolationException in " + failure, failure);
    }

    @Test
    void theDdlIsAPartialUniqueIndexOnLiveRows() {
        assertThat(SoftDeletes.partialUniqueIndex("customer_email_live_key", "customer", "email"))
                .isEqualTo("create unique index customer_email_live_key on customer (email) where deleted_at is null");
        assertThatThrownBy(() -> SoftDeletes.partialUniqueIndex("x; drop table customer", "customer", "email"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a plain SQL identifier");
    }

    @Test
    void aDeletedCustomersEmailCanBeUsedAgain() {
        Customer first = new Customer("First", "reuse@u.example");
        orm.inTransaction(session -> session.persist(first));
        orm.inTransaction(session -> session.remove(session.find(Customer.class, first.getId())));

        Customer second = new Customer("Second", "reuse@u.example");
        orm.inTransaction(session -> session.persist(second));

        assertThat(orm.<Object>fromTransaction(session -> session.find(Customer.class, second.getId()))).isNotNull();
    }

    @Test
    void aDuplicateLiveEmailFailsNamingTheConstraint() {
        orm.inTransaction(session -> session.persist(new Customer("One", "dup@u.example")));

        assertThatThrownBy(() -> orm.inTransaction(session -> session.persist(new Customer("Two", "dup@u.example"))))
                .satisfies(e -> assertThat(constraintViolation(e).getConstraintName()).isEqualTo("customer_email_live_key"))
                .hasMessageNotContaining("dup@u.example");
    }
}
