package dev.ormkit.core.observe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.clinic.Clinic;
import dev.ormkit.core.clinic.Owner;
import dev.ormkit.core.clinic.Pet;
import dev.ormkit.core.FetchDiscipline;
import dev.ormkit.core.paging.PageRequest;
import dev.ormkit.core.paging.Sort;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.core.repository.EntityRepository;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.sql.StatementKind;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@PostgresTest
class NPlusOneReportTest {

    private static final String SECRET = "planted-secret-7f3a";
    private static final SqlCapture sql = new SqlCapture();
    private static final Recorder events = new Recorder();
    private static OrmKit orm;

    @BeforeAll
    static void start(TestDatabase database) {
        // without batch fetching every lazy collection is its own SELECT: the N+1 the detector is for
        orm = Clinic.start(database, sql, builder -> builder.fetchDiscipline(FetchDiscipline.REPORT)
                .property("hibernate.default_batch_fetch_size", 1).listener(events));
        Clinic.seed(database, 10, 10, 2, 1);
        orm.inTransaction(session -> session.persist(new Owner(SECRET, SECRET + " city")));
    }

    @AfterAll
    static void stop() {
        orm.close();
    }

    @BeforeEach
    void clear() {
        events.clear();
    }

    @Test
    void aLoopOfTwentyLazyLoadsGivesOneNPlusOneReportNamingTheAssociation() {
        orm.inTransaction(session -> {
            List<Pet> pets = new EntityRepository<>(Pet.class, () -> session)
                    .page(QuerySpec.<Pet>all().orderBy(Sort.asc("name")), PageRequest.ofSize(20)).content();
            sql.clear();
            for (Pet pet : pets) {
                pet.getVisits().size();
            }
            assertThat(sql.log().count(StatementKind.SELECT)).as("one SELECT per pet").isEqualTo(20);
        });

        assertThat(events.of(NPlusOneReport.class)).singleElement().satisfies(report -> {
            assertThat(report.association()).isEqualTo("Pet.visits");
            assertThat(report.entity()).isEqualTo("Visit");
            assertThat(report.executions()).isEqualTo(NPlusOneReport.DEFAULT_THRESHOLD);
            assertThat(report.origin()).contains("NPlusOneReportTest.java:");
            assertThat(report.shape()).contains("from visit").doesNotContain("'");
        });
        assertThat(events.of(LazyLoadReport.class)).as("and the first lazy load, once").hasSize(1);
    }

    @Test
    void fewerExecutionsThanTheThresholdAreNoReport() {
        orm.inTransaction(session -> {
            List<Pet> pets = new EntityRepository<>(Pet.class, () -> session)
                    .page(QuerySpec.all(), PageRequest.ofSize(NPlusOneReport.DEFAULT_THRESHOLD - 1)).content();
            pets.forEach(pet -> pet.getVisits().size());
        });

        assertThat(events.of(NPlusOneReport.class)).isEmpty();
    }

    @Test
    void noReportLogLineOrEventCarriesABoundValueOrLiteral() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            orm.inTransaction(session -> {
                EntityRepository<Owner> owners = new EntityRepository<>(Owner.class, () -> session);
                for (int i = 0; i < 12; i++) {
                    // the secret as a bound value, and as a literal inside the SQL text
                    owners.list(QuerySpec.<Owner>where("e.name = :name").bind("name", SECRET)).get(0).getPets().size();
                    session.createSelectionQuery("from Owner o where o.city = '" + SECRET + " city'", Owner.class)
                            .getResultList();
                }
            });
        } finally {
            System.setErr(original);
        }

        assertThat(events.of(NPlusOneReport.class)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(events.all()).allSatisfy(event -> assertThat(event.toString()).doesNotContain(SECRET));
        String log = err.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("ormkit.n_plus_one").doesNotContain(SECRET);
    }
}
