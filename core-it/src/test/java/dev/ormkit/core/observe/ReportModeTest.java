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
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@PostgresTest
class ReportModeTest {

    private static final SqlCapture sql = new SqlCapture();
    private static final Recorder events = new Recorder();
    private static OrmKit orm;

    @BeforeAll
    static void start(TestDatabase database) {
        orm = Clinic.start(database, sql, builder -> builder.fetchDiscipline(FetchDiscipline.REPORT).listener(events));
        Clinic.seed(database, 5, 5, 2, 1);
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
    void anUnplannedLazyCollectionIsServedAndReportedOnceWithOriginAndPlan() {
        int pets = orm.fromTransaction(session -> {
            List<Owner> owners = new EntityRepository<>(Owner.class, () -> session)
                    .page(QuerySpec.<Owner>all().orderBy(Sort.asc("name")), PageRequest.ofSize(5)).content();
            sql.clear();
            int total = 0;
            for (Owner owner : owners) {
                total += owner.getPets().size(); // served: one batched load, no exception
            }
            assertThat(sql.log().count(StatementKind.SELECT)).as("batch fetch: one statement for the five collections").isOne();
            return total;
        });

        assertThat(pets).isEqualTo(10);
        assertThat(events.of(LazyLoadReport.class)).singleElement().satisfies(report -> {
            assertThat(report.entity()).isEqualTo("Owner");
            assertThat(report.association()).isEqualTo("pets");
            assertThat(report.discipline()).isEqualTo(FetchDiscipline.REPORT);
            assertThat(report.origin()).startsWith(ReportModeTest.class.getName() + ".lambda$")
                    .contains("(ReportModeTest.java:");
            assertThat(report.loadedBy()).isEqualTo("EntityRepository<Owner>.page without FetchPlan");
            assertThat(report.suggestedPath()).isEqualTo("pets");
        });
    }

    @Test
    void aLazyLoadTwoLevelsDownSuggestsThePathFromTheQueriedEntity() {
        orm.inTransaction(session -> {
            List<Owner> owners = new EntityRepository<>(Owner.class, () -> session)
                    .list(QuerySpec.<Owner>all().orderBy(Sort.asc("name")).fetch("pets").limit(2));
            owners.get(0).getPets().get(0).getVisits().size();
        });

        assertThat(events.of(LazyLoadReport.class)).singleElement().satisfies(report -> {
            assertThat(report.entity()).isEqualTo("Pet");
            assertThat(report.association()).isEqualTo("visits");
            assertThat(report.loadedBy()).isEqualTo("EntityRepository<Owner>.list with FetchPlan[pets]");
            assertThat(report.suggestedPath()).isEqualTo("pets.visits");
        });
    }

    @Test
    void anUnplannedToOneProxyIsServedAndReportedWithItsProperty() {
        String name = orm.fromTransaction(session -> {
            List<Pet> pets = new EntityRepository<>(Pet.class, () -> session)
                    .page(QuerySpec.all(), PageRequest.ofSize(3)).content();
            pets.get(1).getOwner().getName();
            return pets.get(0).getOwner().getName();
        });

        assertThat(name).startsWith("owner ");
        assertThat(events.of(LazyLoadReport.class)).singleElement().satisfies(report -> {
            assertThat(report.entity()).isEqualTo("Pet");
            assertThat(report.association()).isEqualTo("owner");
            assertThat(report.suggestedPath()).isEqualTo("owner");
        });
    }

    @Test
    void eachSessionReportsAgain() {
        for (int i = 0; i < 2; i++) {
            orm.inTransaction(session -> new EntityRepository<>(Owner.class, () -> session)
                    .list(QuerySpec.<Owner>all().limit(1)).get(0).getPets().size());
        }
        assertThat(events.of(LazyLoadReport.class)).hasSize(2);
    }

    @Test
    void repositoryOperationsReportOutcomeAndStatementCount() {
        orm.inTransaction(session -> new EntityRepository<>(Owner.class, () -> session)
                .page(QuerySpec.<Owner>all().fetch("pets"), PageRequest.ofSize(2).withTotal()));

        assertThat(events.of(RepositoryOperation.class)).singleElement().satisfies(operation -> {
            assertThat(operation.entity()).isEqualTo("Owner");
            assertThat(operation.operation()).isEqualTo("page");
            assertThat(operation.outcome()).isEqualTo(RepositoryOperation.Outcome.SUCCESS);
            assertThat(operation.statements()).as("page, count, pets").isEqualTo(3);
        });
    }
}
