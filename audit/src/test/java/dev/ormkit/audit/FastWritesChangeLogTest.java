package dev.ormkit.audit;

import dev.ormkit.core.paging.PageRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.audit.ChangeLog.Action;
import dev.ormkit.audit.ChangeLog.Change;
import dev.ormkit.audit.model.Invoice;
import dev.ormkit.core.OrmKitException;
import dev.ormkit.core.write.BatchInsert;
import dev.ormkit.core.write.BulkImport;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The change log on ormkit's fast write paths: BatchInsert logs, BulkImport and BulkUpdate refuse. */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FastWritesChangeLogTest {

    private AuditFixture fixture;

    @BeforeAll
    void start(TestDatabase database) {
        fixture = new AuditFixture(database, true);
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    private List<Change> history(UUID id) {
        return fixture.orm.fromTransaction(session -> ChangeLog.history(session, Invoice.class, id, PageRequest.ofSize(50)));
    }

    @Test
    void batchInsertLogsEveryInsertWithTheActor() {
        fixture.loggedIn.set("ada");
        Invoice first = new Invoice("FAST-1", 100, "DE02 SECRET");
        Invoice second = new Invoice("FAST-2", 200, "DE02 SECRET");

        fixture.orm.inTransaction(session -> BatchInsert.saveAll(session, List.of(first, second)));

        for (Invoice invoice : List.of(first, second)) {
            List<Change> history = history(invoice.getId());
            assertThat(history).extracting(Change::action).containsExactly(Action.INSERT);
            assertThat(history.get(0).actor()).isEqualTo("ada");
            assertThat(history.get(0).changes()).contains("\"amountCents\": {\"new\": " + invoice.getAmountCents() + "}")
                    .doesNotContain("SECRET");
        }
    }

    @Test
    void batchInsertLogsDetachedUpdatesWithEveryFieldsNewValue() {
        fixture.loggedIn.set("ada");
        Invoice invoice = new Invoice("FAST-3", 300, "x");
        fixture.orm.inTransaction(session -> session.persist(invoice));
        invoice.setAmountCents(301);
        fixture.loggedIn.set("bob");

        fixture.orm.inTransaction(session -> BatchInsert.saveAll(session, List.of(invoice)));

        List<Change> history = history(invoice.getId());
        assertThat(history).extracting(Change::action).containsExactly(Action.INSERT, Action.UPDATE);
        assertThat(history.get(1).actor()).isEqualTo("bob");
        assertThat(history.get(1).changes()).isEqualTo(
                "{\"number\": {\"new\": \"FAST-3\"}, \"amountCents\": {\"new\": 301}, \"bankAccount\": {\"new\": \"***\"}}");
    }

    @Test
    void aRolledBackBatchInsertLeavesNoLogRow() {
        Invoice invoice = new Invoice("FAST-4", 400, "x");

        assertThatThrownBy(() -> fixture.orm.inTransaction(session -> {
            BatchInsert.saveAll(session, List.of(invoice));
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        assertThat(history(invoice.getId())).isEmpty();
    }

    @Test
    void aLargeBatchInsertWritesTheLogInBatchesAsItGoes() {
        List<Invoice> invoices = IntStream.range(0, 2500).mapToObj(i -> new Invoice("MANY", i, "x")).toList();
        fixture.clearExecutions();

        fixture.orm.inTransaction(session -> BatchInsert.saveAll(session, invoices));

        assertThat(fixture.executions("insert into ormkit_change_log"))
                .as("1,000 rows per batch: two while inserting, the rest before commit").hasSize(3)
                .allSatisfy(s -> assertThat(s).startsWith("batch"));
        Long logged = fixture.orm.fromTransaction(session -> session.createNativeQuery(
                "select count(*) from ormkit_change_log where changes->'number'->>'new' = 'MANY'", Long.class)
                .getSingleResult());
        assertThat(logged).isEqualTo(2500);
    }

    @Test
    void bulkImportRefusesChangeLoggedEntitiesBeforeSendingAnything() {
        Invoice invoice = new Invoice("COPY", 1, "x");

        fixture.orm.inTransaction(session -> {
            assertThatThrownBy(() -> BulkImport.copy(session, Invoice.class, List.of(invoice)))
                    .isInstanceOf(OrmKitException.class)
                    .hasMessageContaining("BulkImport.copy cannot import Invoice: it is @ChangeLogged")
                    .hasMessageContaining("Use BatchInsert.saveAll");
            BatchInsert.saveAll(session, List.of(invoice));   // the transaction is still usable
        });

        assertThat(history(invoice.getId())).extracting(Change::action).containsExactly(Action.INSERT);
    }

    @Test
    void bulkUpdateRefusesChangeLoggedEntities() {
        assertThatThrownBy(() -> fixture.orm.inTransaction(session -> BulkUpdate.of(session, Invoice.class)))
                .isInstanceOf(OrmKitException.class)
                .hasMessageContaining("BulkUpdate cannot update Invoice: it is @ChangeLogged")
                .hasMessageContaining("BatchInsert.saveAll");
    }
}
