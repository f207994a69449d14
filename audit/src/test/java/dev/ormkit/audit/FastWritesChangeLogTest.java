package dev.ormkit.audit;

import dev.ormkit.testkit.sql.SqlCapture;
import java.util.concurrent.atomic.AtomicReference;
import dev.ormkit.core.OrmKit;
import dev.ormkit.core.paging.PageRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.audit.ChangeLog.Action;
import dev.ormkit.audit.ChangeLog.Change;
import dev.ormkit.audit.model.Invoice;
import dev.ormkit.core.OrmKitException;
import dev.ormkit.core.write.BatchInsert;
import dev.ormkit.core.write.BulkImport;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The change log on ormkit's fast write paths: BatchInsert logs, BulkImport and BulkUpdate refuse. */
@AuditTest
class FastWritesChangeLogTest {

    private final OrmKit orm;
    private final AtomicReference<String> loggedIn;
    private final SqlCapture sql;

    FastWritesChangeLogTest(OrmKit orm, SignedInUser signedIn, SqlCapture sql) {
        this.orm = orm;
        this.loggedIn = signedIn.name;
        this.sql = sql;
    }

    private List<Change> history(UUID id) {
        return orm.fromTransaction(session -> ChangeLog.history(session, Invoice.class, id, PageRequest.ofSize(50)));
    }

    @Test
    void batchInsertLogsEveryInsertWithTheActor() {
        loggedIn.set("ada");
        Invoice first = new Invoice("FAST-1", 100, "DE02 SECRET");
        Invoice second = new Invoice("FAST-2", 200, "DE02 SECRET");

        orm.inTransaction(session -> BatchInsert.saveAll(session, List.of(first, second)));

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
        loggedIn.set("ada");
        Invoice invoice = new Invoice("FAST-3", 300, "x");
        orm.inTransaction(session -> session.persist(invoice));
        invoice.setAmountCents(301);
        loggedIn.set("bob");

        orm.inTransaction(session -> BatchInsert.saveAll(session, List.of(invoice)));

        List<Change> history = history(invoice.getId());
        assertThat(history).extracting(Change::action).containsExactly(Action.INSERT, Action.UPDATE);
        assertThat(history.get(1).actor()).isEqualTo("bob");
        assertThat(history.get(1).changes()).isEqualTo(
                "{\"number\": {\"new\": \"FAST-3\"}, \"amountCents\": {\"new\": 301}, \"bankAccount\": {\"new\": \"***\"}}");
    }

    @Test
    void aRolledBackBatchInsertLeavesNoLogRow() {
        Invoice invoice = new Invoice("FAST-4", 400, "x");

        assertThatThrownBy(() -> orm.inTransaction(session -> {
            BatchInsert.saveAll(session, List.of(invoice));
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        assertThat(history(invoice.getId())).isEmpty();
    }

    @Test
    void aLargeBatchInsertWritesTheLogInBatchesAsItGoes() {
        List<Invoice> invoices = IntStream.range(0, 2500).mapToObj(i -> new Invoice("MANY", i, "x")).toList();
        sql.clear();

        orm.inTransaction(session -> BatchInsert.saveAll(session, invoices));

        assertThat(AuditModel.executions(sql, "insert into ormkit_change_log"))
                .as("1,000 rows per batch: two while inserting, the rest before commit").hasSize(3)
                .allSatisfy(s -> assertThat(s).startsWith("batch"));
        Long logged = orm.fromTransaction(session -> session.createNativeQuery(
                "select count(*) from ormkit_change_log where changes->'number'->>'new' = 'MANY'", Long.class)
                .getSingleResult());
        assertThat(logged).isEqualTo(2500);
    }

    @Test
    void bulkImportRefusesChangeLoggedEntitiesBeforeSendingAnything() {
        Invoice invoice = new Invoice("COPY", 1, "x");

        orm.inTransaction(session -> {
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
        assertThatThrownBy(() -> orm.inTransaction(session -> BulkUpdate.of(session, Invoice.class)))
                .isInstanceOf(OrmKitException.class)
                .hasMessageContaining("BulkUpdate cannot update Invoice: it is @ChangeLogged")
                .hasMessageContaining("BatchInsert.saveAll");
    }
}
