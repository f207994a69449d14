package dev.ormkit.softdelete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.softdelete.model.Customer;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartialUniqueIndexTest {

    private SoftDeleteFixture fixture;

    @BeforeAll
    void start(TestDatabase database) throws SQLException {
        fixture = new SoftDeleteFixture(database);
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

    @AfterAll
    void stop() {
        fixture.close();
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
        fixture.orm.inTransaction(session -> session.persist(first));
        fixture.orm.inTransaction(session -> session.remove(session.find(Customer.class, first.getId())));

        Customer second = new Customer("Second", "reuse@u.example");
        fixture.orm.inTransaction(session -> session.persist(second));

        assertThat(fixture.orm.<Object>fromTransaction(session -> session.find(Customer.class, second.getId()))).isNotNull();
    }

    @Test
    void aDuplicateLiveEmailFailsNamingTheConstraint() {
        fixture.orm.inTransaction(session -> session.persist(new Customer("One", "dup@u.example")));

        assertThatThrownBy(() -> fixture.orm.inTransaction(session -> session.persist(new Customer("Two", "dup@u.example"))))
                .satisfies(e -> assertThat(constraintViolation(e).getConstraintName()).isEqualTo("customer_email_live_key"))
                .hasMessageNotContaining("dup@u.example");
    }
}
