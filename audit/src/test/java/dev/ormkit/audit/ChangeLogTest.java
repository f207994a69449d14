package dev.ormkit.audit;

import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.TestClock;
import java.util.concurrent.atomic.AtomicReference;
import dev.ormkit.core.OrmKit;
import dev.ormkit.core.paging.PageRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.audit.ChangeLog.Action;
import dev.ormkit.audit.ChangeLog.Change;
import dev.ormkit.audit.model.Invoice;
import dev.ormkit.audit.model.Member;
import dev.ormkit.audit.model.Memo;
import dev.ormkit.softdelete.SoftDeletes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@AuditTest
class ChangeLogTest {

    private final OrmKit orm;
    private final AtomicReference<String> loggedIn;
    private final TestClock clock;
    private final SqlCapture sql;

    ChangeLogTest(OrmKit orm, SignedInUser signedIn, TestClock clock, SqlCapture sql) {
        this.orm = orm;
        this.loggedIn = signedIn.name;
        this.clock = clock;
        this.sql = sql;
    }

    private List<Change> history(Class<?> type, UUID id) {
        return orm.fromTransaction(session -> ChangeLog.history(session, type, id, PageRequest.ofSize(50)));
    }

    @Test
    void insertAndUpdateAreRecordedWithActorTimeAndChangedFields() {
        loggedIn.set("ada");
        Invoice invoice = new Invoice("INV-1", 1000, "DE02 1234");
        orm.inTransaction(session -> session.persist(invoice));
        clock.advance(Duration.ofMinutes(1));
        loggedIn.set("bob");
        orm.inTransaction(session -> session.find(Invoice.class, invoice.getId()).setAmountCents(1200));

        List<Change> history = history(Invoice.class, invoice.getId());

        assertThat(history).extracting(Change::action).containsExactly(Action.INSERT, Action.UPDATE);
        assertThat(history).extracting(Change::actor).containsExactly("ada", "bob");
        assertThat(history.get(0).entityType()).isEqualTo("Invoice");
        assertThat(history.get(0).changes()).contains("\"number\": {\"new\": \"INV-1\"}")
                .contains("\"amountCents\": {\"new\": 1000}");
        assertThat(history.get(1).changes()).isEqualTo("{\"amountCents\": {\"new\": 1200, \"old\": 1000}}");
        assertThat(history.get(1).at()).isEqualTo(clock.instant());
    }

    @Test
    void sensitiveFieldsAreRecordedAsChangedWithMaskedValues() {
        Invoice invoice = new Invoice("INV-2", 500, "DE02 SECRET");
        orm.inTransaction(session -> session.persist(invoice));
        orm.inTransaction(session -> session.find(Invoice.class, invoice.getId()).setBankAccount("FR76 SECRET"));

        List<Change> history = history(Invoice.class, invoice.getId());

        assertThat(history).allSatisfy(change -> assertThat(change.changes()).doesNotContain("SECRET"));
        assertThat(history.get(1).changes()).isEqualTo("{\"bankAccount\": {\"new\": \"***\", \"old\": \"***\"}}");
    }

    @Test
    void aRolledBackTransactionLeavesNoLogRow() {
        Invoice invoice = new Invoice("INV-3", 700, "x");
        orm.inTransaction(session -> session.persist(invoice));

        assertThatThrownBy(() -> orm.inTransaction(session -> {
            session.find(Invoice.class, invoice.getId()).setAmountCents(1);
            session.flush();
            throw new IllegalStateException("business rule failed");
        })).hasMessage("business rule failed");

        assertThat(history(Invoice.class, invoice.getId())).extracting(Change::action).containsExactly(Action.INSERT);
    }

    @Test
    void softDeleteAndRestoreAreRecordedWithTheirActors() {
        loggedIn.set("ada");
        Member member = new Member("Grace");
        orm.inTransaction(session -> session.persist(member));
        loggedIn.set("bob");
        orm.inTransaction(session -> session.remove(session.find(Member.class, member.getId())));
        loggedIn.set("carol");
        orm.inTransaction(session -> SoftDeletes.restore(session, Member.class, member.getId()));

        List<Change> history = history(Member.class, member.getId());

        assertThat(history).extracting(Change::action).containsExactly(Action.INSERT, Action.DELETE, Action.RESTORE);
        assertThat(history).extracting(Change::actor).containsExactly("ada", "bob", "carol");
    }

    @Test
    void aPurgeIsRecordedToo() {
        Member member = new Member("Temp");
        orm.inTransaction(session -> session.persist(member));
        loggedIn.set("dpo");

        orm.inTransaction(session -> session.remove(session.find(Member.class, member.getId())));
        orm.inTransaction(session -> SoftDeletes.purge(session, member));

        List<Change> history = history(Member.class, member.getId());
        assertThat(history).extracting(Change::action).containsExactly(Action.INSERT, Action.DELETE, Action.PURGE);
        assertThat(history.get(2).changes()).contains("\"name\": {\"old\": \"Temp\"}");
    }

    @Test
    void changesByOneActorInATimeRangeArePaged() {
        clock.set(Instant.parse("2026-05-01T00:00:00Z"));
        loggedIn.set("pager");
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(1));
            orm.inTransaction(session -> session.persist(new Invoice("P", 1, "x")));
        }
        Instant from = Instant.parse("2026-05-01T00:02:00Z");
        Instant to = Instant.parse("2026-05-01T00:05:00Z");

        List<Change> first = orm.fromTransaction(session -> ChangeLog.byActor(session, "pager", from, to, PageRequest.ofSize(2)));
        List<Change> second = orm.fromTransaction(session -> ChangeLog.byActor(session, "pager", from, to, PageRequest.ofSize(2).page(2)));

        assertThat(first).extracting(Change::at).containsExactly(Instant.parse("2026-05-01T00:04:00Z"),
                Instant.parse("2026-05-01T00:03:00Z"));
        assertThat(second).extracting(Change::at).containsExactly(Instant.parse("2026-05-01T00:02:00Z"));
        assertThatThrownBy(() -> orm.inTransaction(session -> ChangeLog.byActor(session, "pager", from, to, PageRequest.ofSize(501))))
                .isInstanceOf(dev.ormkit.core.paging.InvalidPageRequestException.class).hasMessageContaining("at most 500");
    }

    @Test
    void aFlushOfMoreThanAThousandLoggedChangesLogsEveryOne() {
        sql.clear();

        orm.inTransaction(session -> {
            for (int i = 0; i < 1200; i++) {
                session.persist(new Invoice("THOUSANDS", i, "x"));
            }
        });

        assertThat(AuditModel.executions(sql, "insert into ormkit_change_log")).as("one batch during the flush, one at commit")
                .hasSize(2);
        Long logged = orm.fromTransaction(session -> session.createNativeQuery(
                "select count(*) from ormkit_change_log where changes->'number'->>'new' = 'THOUSANDS'", Long.class)
                .getSingleResult());
        assertThat(logged).isEqualTo(1200);
    }

    @Test
    void extraStatementsPerAuditedUpdate() {
        Memo memo = new Memo("cost");
        Invoice invoice = new Invoice("COST", 1, "x");
        orm.inTransaction(session -> {
            session.persist(memo);
            session.persist(invoice);
            for (int i = 0; i < 5; i++) {
                session.persist(new Invoice("BATCH", i, "x"));
            }
        });

        sql.clear();
        orm.inTransaction(session -> session.find(Memo.class, memo.getId()).setText("cost 2"));
        assertThat(AuditModel.executions(sql, "update")).hasSize(1);
        assertThat(AuditModel.executions(sql, "insert")).as("audited, no change log: no extra statement").isEmpty();

        sql.clear();
        orm.inTransaction(session -> session.find(Invoice.class, invoice.getId()).setAmountCents(2));
        assertThat(AuditModel.executions(sql, "update")).hasSize(1);
        assertThat(AuditModel.executions(sql, "insert")).as("change log: one batched insert per transaction").hasSize(1);

        sql.clear();
        orm.inTransaction(session -> session.createSelectionQuery("from Invoice i where i.number = 'BATCH'",
                Invoice.class).getResultList().forEach(i -> i.setAmountCents(i.getAmountCents() + 1)));
        assertThat(AuditModel.executions(sql, "insert")).as("five logged updates, still one batch").hasSize(1)
                .allSatisfy(s -> assertThat(s).startsWith("batch"));
    }
}
