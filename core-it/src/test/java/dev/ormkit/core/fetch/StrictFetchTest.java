package dev.ormkit.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.OrmKitProperties;
import dev.ormkit.core.clinic.Clinic;
import dev.ormkit.core.clinic.Owner;
import dev.ormkit.core.clinic.Pet;
import dev.ormkit.core.paging.PageRequest;
import dev.ormkit.core.paging.Sort;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.core.repository.EntityRepository;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@PostgresTest
class StrictFetchTest {

    private static final SqlCapture log = new SqlCapture();
    private static OrmKit strict;
    private static OrmKit lenient;
    private static UUID ownerId;

    @BeforeAll
    static void start(TestDatabase database) {
        strict = Clinic.start(database, log, builder -> builder.strictFetch(true));
        lenient = Clinic.start(database, new SqlCapture(), builder -> builder
                .property("jakarta.persistence.schema-generation.database.action", "none"));
        Clinic.seed(database, 5, 5, 2, 1);
        ownerId = lenient.fromTransaction(session -> new EntityRepository<>(Owner.class, () -> session)
                .list(QuerySpec.<Owner>all().orderBy(Sort.asc("name")).limit(1)).get(0).getId());
    }

    @AfterAll
    static void stop() {
        strict.close();
        lenient.close();
    }

    @Test
    void aLazyCollectionOutsideThePlanThrowsNamingEntityPropertyAndPlanEntry() {
        strict.inTransaction(session -> {
            Owner owner = new EntityRepository<>(Owner.class, () -> session).get(ownerId);
            log.clear();
            assertThatThrownBy(() -> owner.getPets().size())
                    .isInstanceOf(LazyLoadOutsidePlanException.class)
                    .hasMessageContaining("Owner.pets is not in the fetch plan")
                    .hasMessageContaining("adding \"pets\" to the FetchPlan")
                    .satisfies(e -> assertThat(((LazyLoadOutsidePlanException) e).property()).isEqualTo("pets"));
            assertThat(log.log().statements()).as("stopped before any SQL").isEmpty();
            // the session and transaction stay usable
            assertThat(new EntityRepository<>(Owner.class, () -> session).count()).isEqualTo(5);
        });
    }

    @Test
    void aLazyToOneOutsideThePlanThrowsNamingTheReferringProperty() {
        strict.inTransaction(session -> {
            List<Pet> pets = new EntityRepository<>(Pet.class, () -> session)
                    .page(QuerySpec.all(), PageRequest.ofSize(3)).content();
            assertThat(pets.get(0).getOwner().getId()).as("the id needs no load").isNotNull();
            assertThatThrownBy(() -> pets.get(0).getOwner().getName())
                    .isInstanceOf(LazyLoadOutsidePlanException.class)
                    .hasMessageContaining("Pet.owner -> Owner[")
                    .hasMessageContaining("adding \"owner\" to the FetchPlan");
        });
    }

    @Test
    void associationsInThePlanLoadWithoutComplaint() {
        int visits = strict.fromTransaction(session -> {
            List<Owner> owners = new EntityRepository<>(Owner.class, () -> session)
                    .list(QuerySpec.<Owner>all().fetch("pets.visits", "pets.owner"));
            return owners.stream().flatMap(o -> o.getPets().stream()).mapToInt(p -> p.getVisits().size()
                    + (p.getOwner().getName().isEmpty() ? 0 : 0)).sum();
        });
        assertThat(visits).isEqualTo(10);
    }

    @Test
    void strictModeIsOffByDefault() {
        int pets = lenient.fromTransaction(session -> new EntityRepository<>(Owner.class, () -> session)
                .get(ownerId).getPets().size());
        assertThat(pets).isEqualTo(2);
    }

    @Test
    void aUnitOfWorkCanSwitchStrictModeEitherWay() {
        lenient.inTransaction(session -> {
            StrictFetch.enable(session);
            Owner owner = new EntityRepository<>(Owner.class, () -> session).get(ownerId);
            assertThatThrownBy(() -> owner.getPets().size()).isInstanceOf(LazyLoadOutsidePlanException.class);
        });
        int pets = strict.fromTransaction(session -> {
            StrictFetch.disable(session);
            return new EntityRepository<>(Owner.class, () -> session).get(ownerId).getPets().size();
        });
        assertThat(pets).isEqualTo(2);
        int viaProperty = strict.fromTransaction(session -> {
            session.setProperty(OrmKitProperties.STRICT_FETCH, "false");
            return new EntityRepository<>(Owner.class, () -> session).get(ownerId).getPets().size();
        });
        assertThat(viaProperty).isEqualTo(2);
    }

    @Test
    void aDeliberateLazyLoadCanBeAllowedForABlock() {
        int pets = strict.fromTransaction(session -> {
            Owner owner = new EntityRepository<>(Owner.class, () -> session).get(ownerId);
            return StrictFetch.allowLazyLoads(() -> owner.getPets().size());
        });
        assertThat(pets).isEqualTo(2);
    }
}
