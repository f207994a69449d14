package dev.ormkit.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.FetchDiscipline;
import dev.ormkit.core.observe.RepositoryOperation;
import dev.ormkit.core.paging.InvalidCursorException;
import dev.ormkit.core.paging.InvalidPageRequestException;
import dev.ormkit.core.paging.PageRequest;
import dev.ormkit.core.paging.Sort;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.core.repository.EntityRepository;
import dev.ormkit.core.write.BulkImport;
import dev.ormkit.micrometer.internal.MeterListener;
import dev.ormkit.softdelete.SoftDeletableRepository;
import dev.ormkit.softdelete.SoftDeletes;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@PostgresTest
class MetersTest {

    private static final String SECRET = "planted-secret-91c2";
    private static final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private static final TestObservationRegistry observations = TestObservationRegistry.create();
    private static final List<Observation.Context> contexts = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static OrmKit orm;

    @BeforeAll
    static void start(TestDatabase database) {
        observations.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }

            @Override
            public void onStop(Observation.Context context) {
                contexts.add(context);
            }
        });
        orm = OrmKit.builder().dataSource(database.dataSource()).entities(Shelf.class, Volume.class)
                .property("jakarta.persistence.schema-generation.database.action", "create")
                .property("hibernate.default_batch_fetch_size", 1)
                .fetchDiscipline(FetchDiscipline.REPORT)
                .listener(OrmKitMicrometer.listener(meters, observations))
                .build();
        orm.inTransaction(session -> {
            for (int i = 0; i < 12; i++) {
                Shelf shelf = new Shelf(SECRET + " " + i);
                session.persist(shelf);
                session.persist(new Volume(shelf, SECRET + " volume " + i));
            }
        });
    }

    @AfterAll
    static void stop() {
        orm.close();
    }

    @BeforeEach
    void clear() {
        meters.clear();
        observations.clear();
    }

    private static EntityRepository<Shelf> shelves(org.hibernate.Session session) {
        return new SoftDeletableRepository<>(Shelf.class, () -> session);
    }

    private static double count(String name, String... tags) {
        return meters.get(name).tags(tags).counter().count();
    }

    @Test
    void lazyLoadsAndNPlusOneReportsAreCounted() {
        orm.inTransaction(session -> shelves(session).list(QuerySpec.<Shelf>all().limit(12))
                .forEach(shelf -> shelf.getVolumes().size()));

        assertThat(count("ormkit.lazy.loads", "entity", "Shelf", "association", "volumes", "discipline", "report"))
                .isEqualTo(1);
        assertThat(count("ormkit.n_plus_one.reports", "entity", "Volume", "association", "Shelf.volumes"))
                .isEqualTo(1);
    }

    @Test
    void repositoryOperationsAreObservedWithStatementCounts() {
        orm.inTransaction(session -> shelves(session).page(QuerySpec.all(), PageRequest.ofSize(5).withTotal()));

        assertThat(meters.get("ormkit.repository.statements").tags("entity", "Shelf", "operation", "page")
                .summary().totalAmount()).isEqualTo(2);
        TestObservationRegistryAssert.assertThat(observations).hasSingleObservationThat()
                .hasNameEqualTo("ormkit.repository.operation").hasContextualNameEqualTo("page Shelf")
                .hasLowCardinalityKeyValue("db.system.name", "postgresql")
                .hasLowCardinalityKeyValue("db.operation.name", "page")
                .hasLowCardinalityKeyValue("outcome", "success")
                .hasBeenStarted().hasBeenStopped();
    }

    @Test
    void rejectedCursorsAndPageRequestsAreCounted() {
        orm.inTransaction(session -> {
            assertThatThrownBy(() -> shelves(session).scroll(QuerySpec.<Shelf>all().orderBy(Sort.asc("label")),
                    PageRequest.ofSize(5).afterCursor("not-a-cursor"))).isInstanceOf(InvalidCursorException.class);
            assertThatThrownBy(() -> shelves(session).page(QuerySpec.all(), PageRequest.ofSize(1_000_000)))
                    .isInstanceOf(InvalidPageRequestException.class);
        });

        assertThat(count("ormkit.requests.rejected", "entity", "Shelf", "operation", "scroll", "reason", "cursor"))
                .isEqualTo(1);
        assertThat(count("ormkit.requests.rejected", "entity", "Shelf", "operation", "page", "reason", "page_request"))
                .isEqualTo(1);
    }

    @Test
    void queryTimeoutsAreCounted() {
        new MeterListener(meters, null).onEvent(new RepositoryOperation("Shelf", "list",
                RepositoryOperation.Outcome.TIMEOUT, 1, Duration.ofSeconds(30)));

        assertThat(count("ormkit.query.timeouts", "entity", "Shelf", "operation", "list")).isEqualTo(1);
        assertThat(meters.get("ormkit.repository.operation").tags("outcome", "timeout").timer().count()).isEqualTo(1);
    }

    @Test
    void softDeletesRestoresAndPurgesAreCountedInRows() {
        Shelf shelf = new Shelf("to delete");
        orm.inTransaction(session -> session.persist(shelf));
        orm.inTransaction(session -> shelves(session).delete(session.find(Shelf.class, shelf.getId())));
        orm.inTransaction(session -> SoftDeletes.restore(session, Shelf.class, shelf.getId()));
        orm.inTransaction(session -> shelves(session).delete(session.find(Shelf.class, shelf.getId())));
        orm.inTransaction(session -> SoftDeletes.purgeDeletedBefore(session, Shelf.class,
                orm.clock().instant().plusSeconds(60)));

        assertThat(count("ormkit.soft_delete.rows", "entity", "Shelf", "action", "delete")).isEqualTo(2);

        // every other route reports too: Session.remove, StatelessSession.delete, SoftDeletes.deleteAll
        Shelf removed = new Shelf("removed");
        Shelf stateless = new Shelf("stateless");
        orm.inTransaction(session -> {
            session.persist(removed);
            session.persist(stateless);
            session.persist(new Shelf("bulk a"));
            session.persist(new Shelf("bulk b"));
        });
        orm.inTransaction(session -> session.remove(session.find(Shelf.class, removed.getId())));
        try (var session = orm.sessionFactory().openStatelessSession()) {
            session.getTransaction().begin();
            session.delete(session.get(Shelf.class, stateless.getId()));
            session.getTransaction().commit();
        }
        long bulk = orm.fromTransaction(session -> SoftDeletes.deleteAll(session, Shelf.class,
                dev.ormkit.core.query.QuerySpec.<Shelf>where("e.label like :prefix").bind("prefix", "bulk %")));
        assertThat(bulk).isEqualTo(2);
        assertThat(count("ormkit.soft_delete.rows", "entity", "Shelf", "action", "delete")).isEqualTo(6);
        assertThat(count("ormkit.soft_delete.rows", "entity", "Shelf", "action", "restore")).isEqualTo(1);
        assertThat(count("ormkit.soft_delete.rows", "entity", "Shelf", "action", "purge")).isEqualTo(1);
    }

    @Test
    void bulkImportRowsAreCounted() {
        orm.inTransaction(session -> BulkImport.copy(session, Shelf.class,
                IntStream.range(0, 300).mapToObj(i -> new Shelf("imported " + i)).toList()));

        assertThat(count("ormkit.bulk_import.rows", "entity", "Shelf")).isEqualTo(300);
    }

    @Test
    void noTagCarriesABoundValueOrId() {
        UUID someId = orm.fromTransaction(session -> shelves(session).list(QuerySpec.<Shelf>all().limit(1)).get(0).getId());
        orm.inTransaction(session -> {
            List<Shelf> found = shelves(session).list(QuerySpec.<Shelf>where("e.label like :l").bind("l", SECRET + "%"));
            found.forEach(shelf -> shelf.getVolumes().size());
            shelves(session).find(someId);
        });

        assertThat(meters.getMeters()).isNotEmpty().allSatisfy((Meter meter) -> meter.getId().getTags()
                .forEach(tag -> assertThat(tag.getValue()).doesNotContain(SECRET).doesNotContain(someId.toString())));
        assertThat(contexts).isNotEmpty().allSatisfy(context -> assertThat(context.getAllKeyValues().toString()
                + context.getContextualName()).doesNotContain(SECRET).doesNotContain(someId.toString()));
    }
}
