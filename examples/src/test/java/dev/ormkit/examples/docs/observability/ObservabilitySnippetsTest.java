package dev.ormkit.examples.docs.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.FetchDiscipline;
import dev.ormkit.core.OrmKit;
import dev.ormkit.core.observe.ProgressListener;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.core.repository.EntityRepository;
import dev.ormkit.core.write.BulkImport;
import dev.ormkit.micrometer.OrmKitMicrometer;
import dev.ormkit.softdelete.SoftDeletes;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The snippets of docs/observability.md. */
@PostgresTest(entities = {Owner.class, Pet.class, Visit.class, Reading.class, Customer.class})
class ObservabilitySnippetsTest {

    @Test
    void reportingWithMicrometer(OrmKit tested, TestDatabase database) {
        tested.inTransaction(session -> session.persist(new Owner("Grace")));   // the extension made the tables
        String url = database.jdbcUrl();
        String user = database.username();
        String password = database.password();
        MeterRegistry meterRegistry = new SimpleMeterRegistry();
        ObservationRegistry observationRegistry = ObservationRegistry.create();   // Observations timed in meterRegistry:
        observationRegistry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meterRegistry));
        // tag::turn-on[]
        OrmKit orm = OrmKit.builder()
                .jdbcUrl(url).username(user).password(password).entities(Owner.class, Pet.class, Visit.class)
                .fetchDiscipline(FetchDiscipline.REPORT)                       // ormkit.fetch_discipline=report
                .listener(OrmKitMicrometer.listener(meterRegistry, observationRegistry))
                .build();
        // end::turn-on[]
        try (orm) {
            List<Owner> owners = orm.fromTransaction(session ->
                    new EntityRepository<>(Owner.class, () -> session).list(QuerySpec.<Owner>all()));
            assertThat(owners).extracting(Owner::getName).contains("Grace");
        }
        assertThat(meterRegistry.find("ormkit.repository.operation").tag("db.operation.name", "list").timers())
                .isNotEmpty();
    }

    @Test
    void theSuggestedPathGoesIntoThePlan(OrmKit orm) {
        Owner ada = new Owner("Ada");
        ada.adopt("Rex").visit("vaccination");
        orm.inTransaction(session -> session.persist(ada));
        orm.inTransaction(session -> {
            EntityRepository<Owner> owners = new EntityRepository<>(Owner.class, () -> session);
            // tag::fetch-fix[]
            owners.list(QuerySpec.<Owner>all().fetch("pets", "pets.visits"));  // was .fetch("pets")
            // end::fetch-fix[]
            List<Owner> loaded = owners.list(QuerySpec.<Owner>all().fetch("pets", "pets.visits"));
            // STRICT in tests: reading the visits would throw had the plan not loaded them
            assertThat(loaded).flatExtracting(Owner::getPets).flatExtracting(Pet::getVisits)
                    .extracting(Visit::getReason).contains("vaccination");
        });
    }

    @Test
    void progressOfAnImportAndAPurge(OrmKit orm) {
        Logger log = LoggerFactory.getLogger(ObservabilitySnippetsTest.class);
        List<Reading> readings = IntStream.range(0, 1_000).mapToObj(i -> new Reading(i * 0.5)).toList();
        List<Customer> customers = IntStream.range(0, 12).mapToObj(i -> new Customer(i + "@example.com")).toList();
        orm.inTransaction(session -> customers.forEach(session::persist));
        orm.inTransaction(session -> customers.forEach(c -> session.remove(session.find(Customer.class, c.getId()))));
        Instant cutoff = Instant.now().plus(Duration.ofDays(1));
        orm.inTransaction(session -> {
            // tag::progress[]
            long rows = BulkImport.copy(session, Reading.class, readings,
                    ProgressListener.every(100_000, p -> log.info("{}", p)));
            // BulkImport Reading: 100000 rows in 0.9 s (111111 rows/s)

            long purged = SoftDeletes.purgeDeletedBefore(session, Customer.class, cutoff, 5_000,
                    ProgressListener.every(50_000, p -> log.info("{}", p)));
            // end::progress[]
            assertThat(rows).isEqualTo(1_000);
            assertThat(purged).isGreaterThanOrEqualTo(12);
        });
    }
}
