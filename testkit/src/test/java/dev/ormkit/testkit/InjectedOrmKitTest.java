package dev.ormkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.OrmKitBuilder;
import dev.ormkit.testkit.model.Owner;
import dev.ormkit.testkit.model.Pet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The injected OrmKit takes its timestamps from the injected TestClock and is adjusted by the class's customizers. */
@PostgresTest(entities = Owner.class, clockStart = "2026-04-01T09:00:00Z",
        customizers = {InjectedOrmKitTest.AddsPets.class, InjectedOrmKitTest.RecordsCalls.class})
class InjectedOrmKitTest {

    static final class AddsPets implements OrmKitCustomizer {
        @Override
        public void customize(OrmKitBuilder builder, TestDatabase database) {
            builder.entities(Pet.class);
        }
    }

    static final class RecordsCalls implements OrmKitCustomizer {
        final List<String> databases = new ArrayList<>();

        private RecordsCalls() {}

        @Override
        public void customize(OrmKitBuilder builder, TestDatabase database) {
            databases.add(database.name());
        }
    }

    @Test
    void timestampsComeFromTheInjectedClock(OrmKit orm, TestClock clock) {
        assertThat(orm.clock()).isSameAs(clock);
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-04-01T09:00:00Z"));
        Owner owner = new Owner("Ada");
        orm.inTransaction(session -> session.persist(owner));

        clock.advance(Duration.ofHours(2));
        orm.inTransaction(session -> session.find(Owner.class, owner.getId()).rename("Ada L."));

        Owner loaded = orm.fromTransaction(session -> session.find(Owner.class, owner.getId()));
        assertThat(loaded.getCreatedAt()).isEqualTo(Instant.parse("2026-04-01T09:00:00Z"));
        assertThat(loaded.getUpdatedAt()).isEqualTo(Instant.parse("2026-04-01T11:00:00Z"));
    }

    @Test
    void customizersRunOnceAndAreInjectedByTheirType(OrmKit orm, RecordsCalls calls, TestDatabase database) {
        Owner owner = new Owner("Grace");
        owner.adopt("Rex");
        orm.inTransaction(session -> session.persist(owner));

        long pets = orm.fromTransaction(session -> session.createSelectionQuery("select count(*) from Pet", Long.class)
                .getSingleResult());
        assertThat(pets).as("the customizer added Pet to the entities").isEqualTo(1);
        assertThat(calls.databases).containsExactly(database.name());
    }
}
