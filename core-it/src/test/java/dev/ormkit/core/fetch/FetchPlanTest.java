package dev.ormkit.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.clinic.Clinic;
import dev.ormkit.core.clinic.ClinicTest;
import dev.ormkit.core.clinic.Owner;
import dev.ormkit.core.clinic.Pet;
import dev.ormkit.core.clinic.Visit;
import dev.ormkit.core.paging.CursoredPage;
import dev.ormkit.core.paging.Page;
import dev.ormkit.core.paging.PageRequest;
import dev.ormkit.core.paging.Sort;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.core.repository.EntityRepository;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.sql.CapturedStatement;
import dev.ormkit.testkit.sql.StatementKind;
import dev.ormkit.testkit.TestDatabase;
import dev.ormkit.core.QueryTimedOutException;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hibernate.Hibernate;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ClinicTest
class FetchPlanTest {

    private static SqlCapture log;
    private static OrmKit orm;

    private final QuerySpec<Owner> byName = QuerySpec.<Owner>all().orderBy(Sort.asc("name")).fetch("pets.visits");

    private static TestDatabase db;

    @BeforeAll
    static void start(TestDatabase database, OrmKit injected, SqlCapture capture) {
        db = database;
        orm = injected;
        log = capture;
        Clinic.seed(database, 300, 300, 3, 2);
    }

    @BeforeEach
    void clearLog() {
        log.clear();
    }

    @Test
    void aPageOfOwnersWithPetsAndVisitsTakesThreeStatements() {
        List<Owner> owners = orm.fromTransaction(session -> {
            Page<Owner> page = new EntityRepository<>(Owner.class, () -> session).page(byName.fetch("pets.visits"),
                    PageRequest.ofSize(50).page(2));
            page.content().forEach(owner -> owner.getPets().forEach(pet -> pet.getVisits().size()));
            return page.content();
        });
        assertThat(log.log().count(StatementKind.SELECT)).as(log.log().toString()).isEqualTo(3);
        List<CapturedStatement> statements = log.log().statements();
        assertThat(statements.get(0).sql()).as("the page is cut in the database, over owners only")
                .contains("offset ? rows fetch first ? rows only").doesNotContain("pet");
        assertThat(statements.get(1).sql()).as("pet rows only, keyed by the foreign key")
                .contains("from pet").contains("owner_id = any (?)").doesNotContain("join").doesNotContain("fetch first");
        assertThat(statements.get(2).sql()).contains("from visit").contains("pet_id = any (?)")
                .doesNotContain("join").doesNotContain("fetch first");
        assertThat(owners).hasSize(50);
        assertThat(owners).allSatisfy(owner -> {
            assertThat(Hibernate.isInitialized(owner.getPets())).isTrue();
            assertThat(owner.getPets()).hasSize(3).allSatisfy(pet -> assertThat(pet.getVisits()).hasSize(2));
        });
        assertThat(owners).extracting(Owner::getName).isSorted();
    }

    @Test
    void theStatementCountDoesNotGrowWithThePageSize() {
        orm.inTransaction(session -> {
            new EntityRepository<>(Owner.class, () -> session).page(byName, PageRequest.ofSize(250));
        });
        assertThat(log.log().count(StatementKind.SELECT)).as(log.log().toString()).isEqualTo(3);
    }

    @Test
    void askingForTheTotalAddsOneCountStatement() {
        Page<Owner> page = orm.fromTransaction(session -> new EntityRepository<>(Owner.class, () -> session)
                .page(byName, PageRequest.ofSize(50).page(3).withTotal()));
        assertThat(page.totalElements()).isEqualTo(300);
        assertThat(log.log().count(StatementKind.SELECT)).as(log.log().toString()).isEqualTo(4);
    }

    @Test
    void keysetPagesLoadThePlanWithTheSameBudget() {
        orm.inTransaction(session -> {
            var owners = new EntityRepository<>(Owner.class, () -> session);
            CursoredPage<Owner> first = owners.scroll(byName, PageRequest.ofSize(50));
            log.clear();
            CursoredPage<Owner> second = owners.scroll(byName, first.nextPageRequest().orElseThrow());
            second.content().forEach(owner -> owner.getPets().forEach(pet -> pet.getVisits().size()));
        });
        assertThat(log.log().count(StatementKind.SELECT)).as(log.log().toString()).isEqualTo(3);
    }

    @Test
    void withoutAPlanTheSamePageCostsOneStatementPerBatchOfLazyLoads() {
        orm.inTransaction(session -> {
            Page<Owner> page = new EntityRepository<>(Owner.class, () -> session).page(
                    QuerySpec.<Owner>all().orderBy(Sort.asc("name")), PageRequest.ofSize(50).page(2));
            page.content().forEach(owner -> owner.getPets().forEach(pet -> pet.getVisits().size()));
        });
        // 1 page + 1 batch of 50 pet collections + 3 batches of 50 visit collections (default_batch_fetch_size=50)
        assertThat(log.log().count(StatementKind.SELECT)).as(log.log().toString()).isEqualTo(5);
    }

    @Test
    void toOneAssociationsAreJoinedInTheSameStatement() {
        List<Visit> visits = orm.fromTransaction(session -> new EntityRepository<>(Visit.class, () -> session)
                .page(QuerySpec.<Visit>all().fetch("pet.owner"), PageRequest.ofSize(20)).content());
        assertThat(log.log().count(StatementKind.SELECT)).as(log.log().toString()).isEqualTo(1);
        assertThat(visits).allSatisfy(visit -> {
            assertThat(Hibernate.isInitialized(visit.getPet())).isTrue();
            assertThat(Hibernate.isInitialized(visit.getPet().getOwner())).isTrue();
        });
    }

    @Test
    void typedMetamodelPathsNameTheSamePlan() {
        FetchPlan typed = orm.fromTransaction(session -> FetchPlan.path(
                session.getMetamodel().entity(Owner.class).getList("pets", Pet.class),
                session.getMetamodel().entity(Pet.class).getList("visits", Visit.class)));
        assertThat(typed).isEqualTo(FetchPlan.of("pets.visits"));
    }

    @Test
    void anUnknownPathFailsNamingTheEntityAndItsAssociations() {
        assertThatThrownBy(() -> orm.inTransaction(session -> new EntityRepository<>(Owner.class, () -> session)
                .page(QuerySpec.<Owner>all().fetch("pets.vists"), PageRequest.ofSize(5))))
                .isInstanceOf(InvalidFetchPlanException.class)
                .hasMessageContaining("Pet has no property 'vists'").hasMessageContaining("[owner, visits]");
        assertThatThrownBy(() -> orm.inTransaction(session -> new EntityRepository<>(Owner.class, () -> session)
                .page(QuerySpec.<Owner>all().fetch("name"), PageRequest.ofSize(5))))
                .isInstanceOf(InvalidFetchPlanException.class).hasMessageContaining("Owner.name is not an association");
    }

    @Test
    void aSessionHoldingOtherUninitialisedCollectionsStillTakesOneSelectPerLevel() {
        List<Owner> owners = orm.fromTransaction(session -> {
            // every owner, in an order unlike the page's, each with its pets not loaded
            assertThat(session.createSelectionQuery("from Owner order by id desc", Owner.class).getResultList())
                    .hasSize(300);
            log.clear();
            return new EntityRepository<>(Owner.class, () -> session).page(byName, PageRequest.ofSize(50).page(2))
                    .content();
        });
        assertThat(log.log().count(StatementKind.SELECT)).as(log.log().toString()).isEqualTo(3);
        assertThat(owners).hasSize(50).allSatisfy(owner -> {
            assertThat(Hibernate.isInitialized(owner.getPets())).isTrue();
            assertThat(owner.getPets()).hasSize(3)
                    .allSatisfy(pet -> assertThat(Hibernate.isInitialized(pet.getVisits())).isTrue());
        });
    }

    @Test
    void theBudgetHoldsWhateverTheBatchFetchSizeIsSetTo() {
        SqlCapture own = new SqlCapture();
        try (OrmKit unbatched = Clinic.start(db, own, builder -> builder.property("hibernate.default_batch_fetch_size", 1))) {
            List<Owner> owners = unbatched.fromTransaction(session -> new EntityRepository<>(Owner.class, () -> session)
                    .page(byName, PageRequest.ofSize(50).page(2)).content());
            assertThat(own.log().count(StatementKind.SELECT)).as(own.log().toString()).isEqualTo(3);
            assertThat(owners).allSatisfy(owner -> assertThat(owner.getPets()).hasSize(3)
                    .allSatisfy(pet -> assertThat(pet.getVisits()).hasSize(2)));
        }
    }

    @Test
    void underAPlainJpaBootstrapThePageTakesTheSameThreeStatements() {
        // no ormkit defaults at all here: default_batch_fetch_size is Hibernate's (off)
        SqlCapture own = new SqlCapture();
        try (SessionFactory plain = new HibernatePersistenceConfiguration("plain")
                .managedClasses(Owner.class, Pet.class, Visit.class)
                .property("hibernate.connection.datasource", own.wrap(db.dataSource())).createEntityManagerFactory()) {
            List<Owner> owners = plain.fromTransaction(session -> new EntityRepository<>(Owner.class, () -> session)
                    .page(byName, PageRequest.ofSize(50).page(2)).content());
            assertThat(own.log().count(StatementKind.SELECT)).as(own.log().toString()).isEqualTo(3);
            assertThat(own.log().statements().get(1).sql()).contains("owner_id = any (?)").doesNotContain("join");
            assertThat(owners).hasSize(50).allSatisfy(owner -> assertThat(owner.getPets()).hasSize(3)
                    .allSatisfy(pet -> assertThat(pet.getVisits()).hasSize(2)));
        }
    }

    @Test
    void aCollectionSelectPastTheQueryTimeoutIsCancelled() throws Exception {
        try (Connection locker = db.dataSource().getConnection(); Statement lock = locker.createStatement()) {
            locker.setAutoCommit(false);
            lock.execute("lock table pet in access exclusive mode"); // the page's owners load; their pets wait
            long start = System.nanoTime();
            assertThatThrownBy(() -> orm.inTransaction(session -> new EntityRepository<>(Owner.class, () -> session)
                    .page(byName.timeout(Duration.ofSeconds(1)), PageRequest.ofSize(5))))
                    .isInstanceOf(QueryTimedOutException.class).hasMessageContaining("timeout of 1 s");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            locker.rollback();
        }
        assertThat(log.log().statements().get(1).sql()).contains("from pet");
        // the pool's connection is usable afterwards: the cancel reached only the statement that ran too long
        List<Owner> after = orm.fromTransaction(session -> new EntityRepository<>(Owner.class, () -> session)
                .page(byName, PageRequest.ofSize(5)).content());
        assertThat(after).hasSize(5);
    }

    @Test
    void aCancelReachesOnlyTheSessionThatRanPastItsTimeout() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        AtomicBoolean running = new AtomicBoolean(true);
        try (Connection locker = db.dataSource().getConnection(); Statement lock = locker.createStatement()) {
            locker.setAutoCommit(false);
            lock.execute("lock table pet in access exclusive mode");
            // two other threads page owners without a plan (no pet table) all the while, on the same pool
            List<Future<Integer>> others = List.of(threads.submit(() -> pagesWhile(running)),
                    threads.submit(() -> pagesWhile(running)));
            assertThatThrownBy(() -> orm.inTransaction(session -> new EntityRepository<>(Owner.class, () -> session)
                    .page(byName.timeout(Duration.ofSeconds(1)), PageRequest.ofSize(5))))
                    .isInstanceOf(QueryTimedOutException.class);
            running.set(false);
            for (Future<Integer> other : others) {
                assertThat(other.get(30, TimeUnit.SECONDS)).as("pages the other thread read, none cancelled")
                        .isPositive();
            }
            locker.rollback();
        } finally {
            running.set(false);
            threads.shutdownNow();
        }
    }

    private static int pagesWhile(AtomicBoolean running) {
        int pages = 0;
        QuerySpec<Owner> plain = QuerySpec.<Owner>all().orderBy(Sort.asc("name")).timeout(Duration.ofSeconds(1));
        while (running.get()) {
            orm.inTransaction(session -> new EntityRepository<>(Owner.class, () -> session)
                    .page(plain, PageRequest.ofSize(5).page(2)));
            pages++;
        }
        return pages;
    }
}
