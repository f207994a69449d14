package dev.ormkit.examples.docs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.OrmKit;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestClock;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.sql.SqlLog;
import dev.ormkit.testkit.sql.StatementKind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

// tag::postgres-test[]
@PostgresTest(entities = {Owner.class, Pet.class})
class OwnerTest {
    @Test
    void savesAnOwner(OrmKit orm) {
        orm.inTransaction(session -> session.persist(new Owner("Ada")));
    }
    // end::postgres-test[]

    // tag::capture[]
    @Test
    void aPageOfOwnersWithPetsTakesOneSelect(OrmKit orm, SqlCapture sql) {
        SqlLog log = sql.record(() -> orm.inTransaction(session -> {
            session.createSelectionQuery("from Owner o left join fetch o.pets", Owner.class).getResultList();
        }));
        log.assertCount(StatementKind.SELECT, 1)      // exactly; assertAtMost, assertTotal, assertNone too
           .assertNoNPlusOne();
    }
    // end::capture[]

    // tag::clock[]
    @Test
    void updatedAtFollowsTheTestClock(OrmKit orm, TestClock clock) {
        Owner ada = new Owner("Ada");
        orm.inTransaction(session -> session.persist(ada));

        clock.advance(Duration.ofDays(1));
        orm.inTransaction(session -> session.find(Owner.class, ada.getId()).rename("Ada L."));
        Instant created = ada.getCreatedAt();

        Owner loaded = orm.fromTransaction(session -> session.find(Owner.class, ada.getId()));
        assertThat(loaded.getUpdatedAt()).isEqualTo(created.plus(Duration.ofDays(1)));
    }
    // end::clock[]

// tag::postgres-test[]
}
// end::postgres-test[]
