package dev.ormkit.core.query;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.clinic.Owner;
import dev.ormkit.core.clinic.Pet;
import dev.ormkit.core.clinic.Visit;
import dev.ormkit.core.repository.EntityRepository;
import dev.ormkit.testkit.PostgresTest;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/** The InvalidQueryException causes of stream(...) that docs/troubleshooting.md lists. */
@PostgresTest(entities = {Owner.class, Pet.class, Visit.class})
class StreamRefusalsTest {

    @Test
    void outsideATransaction(OrmKit orm) {
        try (Session session = orm.sessionFactory().openSession()) {
            assertThatThrownBy(() -> new EntityRepository<>(Owner.class, () -> session).stream(QuerySpec.all()))
                    .isInstanceOf(InvalidQueryException.class)
                    .hasMessageStartingWith("stream(...) on Owner needs an active transaction");
        }
    }

    @Test
    void withACollectionInThePlan(OrmKit orm) {
        orm.inTransaction(session -> assertThatThrownBy(() -> new EntityRepository<>(Owner.class, () -> session)
                .stream(QuerySpec.<Owner>all().fetch("pets")))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageStartingWith("stream(...) loads no collections"));
    }

    @Test
    void withAFetchSizeBelowOne(OrmKit orm) {
        orm.inTransaction(session -> assertThatThrownBy(() -> new EntityRepository<>(Owner.class, () -> session)
                .stream(QuerySpec.all(), 0))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageStartingWith("fetchSize is 0 but must be at least 1"));
    }
}
