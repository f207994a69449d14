package dev.ormkit.examples.docs.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.audit.Auditing;
import dev.ormkit.audit.AuditorProvider;
import dev.ormkit.audit.BulkUpdate;
import dev.ormkit.audit.ChangeLog;
import dev.ormkit.core.OrmKit;
import dev.ormkit.core.paging.PageRequest;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The snippets of docs/audit.md. */
@PostgresTest
class AuditSnippetsTest {

    private static OrmKit orm;

    @BeforeAll
    static void start(TestDatabase database) {
        migrate(database.dataSource());
        orm = build(database.dataSource());
    }

    @AfterAll
    static void stop() {
        orm.close();
    }

    static void migrate(DataSource dataSource) {
        // tag::migrate[]
        Flyway.configure().dataSource(dataSource).locations("classpath:db/ormkit/audit")
                .table("ormkit_schema_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
        // end::migrate[]
    }

    private static Optional<String> currentUser() {
        return Optional.of("ada");
    }

    private static OrmKit build(DataSource dataSource) {
        Consumer<Session> importer = session -> session.persist(new Memo("imported"));
        // tag::actors[]
        OrmKit orm = OrmKit.builder().dataSource(dataSource).entities(Owner.class, Invoice.class, Memo.class)
                .property("jakarta.persistence.schema-generation.database.action", "create")
                .property(Auditing.AUDITOR_PROVIDER, (AuditorProvider) () -> currentUser())   // Optional<String>
                .property(Auditing.SYSTEM_ACTOR, "scheduler")
                .build();

        Auditing.as("nightly-import", () -> orm.inTransaction(session -> importer.accept(session)));
        // end::actors[]
        return orm;
    }

    @Test
    void theImportRanAsItsActor() {
        List<String> creators = orm.fromTransaction(session -> session.createSelectionQuery(
                "select m.createdBy from Memo m where m.text = 'imported'", String.class).getResultList());
        assertThat(creators).containsExactly("nightly-import");
    }

    @Test
    void bulkUpdateSetsTheAuditColumns() {
        Memo memo = new Memo("draft");
        orm.inTransaction(session -> session.persist(memo));
        UUID id = memo.getId();
        int changed = orm.fromTransaction(session -> bulkUpdate(session, id));
        assertThat(changed).isEqualTo(1);
        Memo loaded = orm.fromTransaction(session -> session.find(Memo.class, id));
        assertThat(loaded.getText()).isEqualTo("bulk edited");
        assertThat(loaded.getUpdatedBy()).isEqualTo("ada");
    }

    private static int bulkUpdate(EntityManager em, UUID id) {
        // tag::bulk-update[]
        int changed = BulkUpdate.of(em, Memo.class)
                .set("text", "bulk edited")
                .where("e.id = :id").parameter("id", id)
                .execute();
        // end::bulk-update[]
        return changed;
    }

    @Test
    void theChangeLogReadsBackByEntityAndByActor() {
        Instant monday = Instant.now().minus(1, ChronoUnit.DAYS);
        Invoice invoice = new Invoice(1000, "DE00 1234");
        orm.inTransaction(session -> session.persist(invoice));
        orm.inTransaction(session -> session.find(Invoice.class, invoice.getId()).setAmountCents(1200));
        Instant friday = Instant.now().plus(1, ChronoUnit.DAYS);
        UUID id = invoice.getId();
        orm.inTransaction(em -> {
            // tag::change-log[]
            List<ChangeLog.Change> history = ChangeLog.history(em, Invoice.class, id, PageRequest.ofSize(50));        // oldest first
            List<ChangeLog.Change> byAda = ChangeLog.byActor(em, "ada", monday, friday, PageRequest.ofSize(50));      // newest first
            // end::change-log[]
            assertThat(history).hasSize(2);
            assertThat(byAda).hasSize(2);
        });
    }
}
