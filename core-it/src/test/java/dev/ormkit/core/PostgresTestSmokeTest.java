package dev.ormkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.clinic.Owner;
import dev.ormkit.core.clinic.Pet;
import dev.ormkit.core.clinic.Visit;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

@PostgresTest(entities = {Owner.class, Pet.class, Visit.class})
class PostgresTestSmokeTest {

    @Test
    void savesAndLoadsAnOwner(OrmKit orm, TestDatabase database) {
        Owner owner = new Owner("Ada", "London");
        orm.inTransaction(session -> session.persist(owner));
        Owner loaded = orm.fromTransaction(session -> session.find(Owner.class, owner.getId()));
        assertThat(loaded).isEqualTo(owner);
        assertThat(loaded.getCreatedAt()).isNotNull();
        assertThat(loaded.getVersion()).isZero();
        assertThat(database.name()).startsWith("postgrestestsmoketest_");
    }
}
