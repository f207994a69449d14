package dev.ormkit.core.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.clinic.ClinicTest;
import dev.ormkit.core.clinic.Owner;
import dev.ormkit.core.fetch.FetchPlan;
import dev.ormkit.core.paging.PageRequest;
import dev.ormkit.core.paging.Sort;
import dev.ormkit.core.query.Like;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.sql.StatementKind;
import dev.ormkit.testkit.TestDatabase;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.Hibernate;
import org.hibernate.query.restriction.Restriction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ClinicTest
class EntityRepositoryTest {

    private static SqlCapture log;
    private static OrmKit orm;

    /** The way applications use it: a subclass with its own queries. */
    static final class OwnerRepository extends EntityRepository<Owner> {

        OwnerRepository(Supplier<? extends EntityManager> entityManager) {
            super(Owner.class, entityManager);
        }

        List<Owner> inCityNamed(String city, String namePrefix) {
            return list(QuerySpec.<Owner>where("e.city = :city").bind("city", city)
                    .and(Like.startsWith("name", namePrefix))
                    .orderBy(Sort.asc("name")));
        }

        long inCityTyped(String city) {
            return count(QuerySpec.restrict(Restriction.equal(
                    session().getMetamodel().entity(Owner.class).getSingularAttribute("city", String.class), city)));
        }
    }

    @BeforeAll
    static void start(TestDatabase database, OrmKit injected, SqlCapture capture) {
        orm = injected;
        log = capture;
    }

    @BeforeEach
    void clean() {
        orm.inTransaction(session -> {
            session.createMutationQuery("delete from Visit").executeUpdate();
            session.createMutationQuery("delete from Pet").executeUpdate();
            session.createMutationQuery("delete from Owner").executeUpdate();
        });
        log.clear();
    }

    @Test
    void savingNewEntitiesInsertsInBatchesWithoutSelecting() {
        List<Owner> owners = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            owners.add(new Owner("owner " + i, "city " + (i % 3)));
        }
        orm.inTransaction(session -> new OwnerRepository(() -> session).saveAll(owners));
        assertThat(log.log().count(StatementKind.SELECT)).isZero();
        assertThat(log.log().count(StatementKind.INSERT)).as(log.log().toString()).isEqualTo(3); // 256 + 256 + 88
        assertThat(log.log().batches()).isEqualTo(3);
        assertThat(log.log().prepared()).isEqualTo(1);
    }

    @Test
    void savingADetachedEntityMergesIt() {
        Owner owner = new Owner("Ada", "London");
        orm.inTransaction(session -> new OwnerRepository(() -> session).save(owner));
        owner.setName("Ada L.");
        log.clear();
        Owner merged = orm.fromTransaction(session -> new OwnerRepository(() -> session).save(owner));
        assertThat(merged).isEqualTo(owner).isNotSameAs(owner);
        assertThat(log.log().count(StatementKind.SELECT)).isEqualTo(1);
        assertThat(log.log().count(StatementKind.UPDATE)).isEqualTo(1);
        assertThat(orm.fromTransaction(session -> new OwnerRepository(() -> session).get(owner.getId())).getName())
                .isEqualTo("Ada L.");
    }

    @Test
    void aMixedBatchInsertsTheNewAndUpdatesTheExistingWithTheVersionCheck() {
        Owner existing = new Owner("Existing", "Paris");
        orm.inTransaction(session -> new OwnerRepository(() -> session).save(existing));
        existing.setName("Existing, renamed");
        Owner fresh = new Owner("Fresh", "Paris");
        log.clear();

        orm.inTransaction(session -> new OwnerRepository(() -> session).saveAll(java.util.List.of(existing, fresh)));

        assertThat(log.log().count(StatementKind.INSERT)).isEqualTo(1);
        assertThat(log.log().count(StatementKind.UPDATE)).isEqualTo(1);
        assertThat(log.log().statements()).filteredOn(e -> e.kind() == StatementKind.UPDATE)
                .allSatisfy(e -> assertThat(e.sql()).contains("version=?"));
        assertThat(orm.fromTransaction(session -> new OwnerRepository(() -> session).get(existing.getId())).getVersion())
                .isEqualTo(1L);
    }

    @Test
    void insertAllTakesTheFastPathForNewEntities() {
        java.util.List<Owner> owners = new java.util.ArrayList<>();
        for (int i = 0; i < 450; i++) {
            owners.add(new Owner("bulk " + i, "Rome"));
        }
        log.clear();

        long inserted = orm.fromTransaction(session -> new OwnerRepository(() -> session).insertAll(owners));

        assertThat(inserted).isEqualTo(450);
        assertThat(log.log().count(StatementKind.INSERT)).as("batches of 256").isEqualTo(2);
        assertThat(log.log().count(StatementKind.SELECT)).isZero();
    }

    @Test
    void getNamesTheEntityAndIdItDidNotFind() {
        UUID missing = UUID.fromString("0190f3c2-0000-7000-8000-000000000000");
        assertThatThrownBy(() -> orm.inTransaction(session -> new OwnerRepository(() -> session).get(missing)))
                .isInstanceOf(NoSuchEntityException.class)
                .hasMessageStartingWith("No Owner with id 0190f3c2-0000-7000-8000-000000000000.");
        java.util.Optional<Owner> found = orm.fromTransaction(session -> new OwnerRepository(() -> session).find(missing));
        assertThat(found).isEmpty();
    }

    @Test
    void findWithAPlanLoadsTheAssociationsInTheSameCall() {
        Owner owner = new Owner("Ada", "London");
        owner.addPet("Rex").addVisit("checkup");
        orm.inTransaction(session -> session.persist(owner));
        log.clear();
        Owner loaded = orm.fromTransaction(session -> new OwnerRepository(() -> session)
                .get(owner.getId(), FetchPlan.of("pets.visits")));
        assertThat(log.log().count(StatementKind.SELECT)).isEqualTo(3);
        assertThat(Hibernate.isInitialized(loaded.getPets())).isTrue();
        assertThat(loaded.getPets().get(0).getVisits()).hasSize(1);
    }

    @Test
    void deleteCountAndExistsWorkTogether() {
        Owner ada = new Owner("Ada", "London");
        Owner bob = new Owner("Bob", "Paris");
        orm.inTransaction(session -> new OwnerRepository(() -> session).saveAll(List.of(ada, bob)));
        orm.inTransaction(session -> {
            OwnerRepository owners = new OwnerRepository(() -> session);
            assertThat(owners.count()).isEqualTo(2);
            assertThat(owners.exists(ada.getId())).isTrue();
            assertThat(owners.exists(QuerySpec.<Owner>where("e.city = :city").bind("city", "Paris"))).isTrue();
            owners.delete(ada); // detached: merged, then removed
        });
        orm.inTransaction(session -> {
            OwnerRepository owners = new OwnerRepository(() -> session);
            assertThat(owners.count()).isEqualTo(1);
            assertThat(owners.exists(ada.getId())).isFalse();
        });
    }

    @Test
    void aRepositoryBuiltOnceFollowsTheCurrentEntityManagerLikeASpringSharedOne() {
        ThreadLocal<EntityManager> current = new ThreadLocal<>();
        OwnerRepository owners = new OwnerRepository(current::get);
        for (String name : List.of("Ada", "Bob")) {
            orm.inTransaction(session -> {
                current.set(session);
                try {
                    owners.save(new Owner(name, "London"));
                    assertThat(owners.count()).as("sees its own transaction's insert").isEqualTo(name.equals("Ada") ? 1 : 2);
                } finally {
                    current.remove();
                }
            });
        }
    }

    @Test
    void subclassesCombineJpqlCriteriaAndRestrictions() {
        orm.inTransaction(session -> new OwnerRepository(() -> session).saveAll(List.of(new Owner("Ada", "London"),
                new Owner("Alan", "London"), new Owner("Bob", "London"), new Owner("Anna", "Paris"))));
        orm.inTransaction(session -> {
            OwnerRepository owners = new OwnerRepository(() -> session);
            assertThat(owners.inCityNamed("London", "A")).extracting(Owner::getName).containsExactly("Ada", "Alan");
            assertThat(owners.inCityTyped("London")).isEqualTo(3);
            assertThat(owners.page(QuerySpec.<Owner>matching((cb, owner) -> cb.equal(owner.get("city"), "Paris")),
                    PageRequest.ofSize(10).withTotal()).totalElements()).isEqualTo(1);
        });
        assertThat(log.log().statements()).allSatisfy(execution -> assertThat(execution.sql()).doesNotContain("London"));
    }
}
