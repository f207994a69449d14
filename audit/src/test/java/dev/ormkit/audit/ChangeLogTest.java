package dev.ormkit.audit;

import dev.ormkit.core.paging.PageRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.audit.ChangeLog.Action;
import dev.ormkit.audit.ChangeLog.Change;
import dev.ormkit.audit.model.Invoice;
import dev.ormkit.audit.model.Member;
import dev.ormkit.audit.model.Memo;
import dev.ormkit.softdelete.SoftDeletes;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangeLogTest {

    private AuditFixture fixture;

    @BeforeAll
    void start(TestDatabase database) {
        fixture = new AuditFixture(database, true);
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    private List<Change> history(Class<?> type, UUID id) {
        return fixture.orm.fromTransaction(session -> ChangeLog.history(session, type, id, PageRequest.ofSize(50)));
    }

    @Test
    void insertAndUpdateAreRecordedWithActorTimeAndChangedFields() {
        fixture.loggedIn.set("ada");
        Invoice invoice = new Invoice("INV-1", 1000, "DE02 1234");
        fixture.orm.inTransaction(session -> session.persist(invoice));
        fixture.clock.advance(Duration.ofMinutes(1));
        fixture.loggedIn.set("bob");
        fixture.orm.inTransaction(session -> session.find(Invoice.class, invoice.getId()).setAmountCents(1200));

        List<Change> history = history(Invoice.class, invoice.getId());

        assertThat(history).extracting(Change::action).containsExactly(Action.INSERT, Action.UPDATE);
        assertThat(history).extracting(Change::actor).containsExactly("ada", "bob");
        assertThat(history.get(0).entityType()).isEqualTo("Invoice");
        assertThat(history.get(0).changes()).contains("\"number\": {\"new\": \"INV-1\"}")
                .contains("\"amountCents\": {\"new\": 1000}");
        assertThat(history.get(1).changes()).isEqualTo("{\"amountCents\": {\"new\": 1200, \"old\": 1000}}");
        assertThat(history.get(1).at()).isEqualTo(fixture.clock.instant());
    }

    @Test
    void sensitiveFieldsAreRecordedAsChangedWithMaskedValues() {
        Invoice invoice = new Invoice("INV-2", 500, "DE02 SECRET");
        fixture.orm.inTransaction(session -> session.persist(invoice));
        fixture.orm.inTransaction(session -> session.find(Invoice.class, invoice.getId()).setBankAccount("FR76 SECRET"));

        List<Change> history = history(Invoice.class, invoice.getId());

        assertThat(history).allSatisfy(change -> assertThat(change.changes()).doesNotContain("SECRET"));
        assertThat(history.get(1).changes()).isEqualTo("{\"bankAccount\": {\"new\": \"***\", \"old\": \"***\"}}");
    }

    @Test
    void aRolledBackTransactionLeavesNoLogRow() {
        Invoice invoice = new Invoice("INV-3", 700, "x");
        fixture.orm.inTransaction(session -> session.persist(invoice));

        assertThatThrownBy(() -> fixture.orm.inTransaction(session -> {
            session.find(Invoice.class, invoice.getId()).setAmountCents(1);
            session.flush();
            throw new IllegalStateException("business rule failed");
        })).hasMessage("business rule failed");

        assertThat(history(Invoice.class, invoice.getId())).extracting(Change::action).containsExactly(Action.INSERT);
    }

    @Test
    void softDeleteAndRestoreAreRecordedWithTheirActors() {
        fixture.loggedIn.set("ada");
        Member member = new Member("Grace");
        fixture.orm.inTransaction(session -> session.persist(member));
        fixture.loggedIn.set("bob");
        fixture.orm.inTransaction(session -> session.remove(session.find(Member.class, member.getId())));
        fixture.loggedIn.set("carol");
        fixture.orm.inTransaction(session -> SoftDeletes.restore(session, Member.class, member.getId()));

        List<Change> history = history(Member.class, member.getId());

        assertThat(history).extracting(Change::action).containsExactly(Action.INSERT, Action.DELETE, Action.RESTORE);
        assertThat(history).extracting(Change::actor).containsExactly("ada", "bob", "carol");
    }

    @Test
    void aPurgeIsRecordedToo() {
        Member member = new Member("Temp");
        fixture.orm.inTransaction(session -> session.persist(member));
        fixture.loggedIn.set("dpo");

        fixture.orm.inTransaction(session -> session.remove(session.find(Member.class, member.getId())));
        fixture.orm.inTransaction(session -> SoftDeletes.purge(session, member));

        List<Change> history = history(Member.class, member.getId());
        assertThat(history).extracting(Change::action).containsExactly(Action.INSERT, Action.DELETE, Action.PURGE);
        assertThat(history.get(2).changes()).contains("\"name\": {\"old\": \"Temp\"}");
    }

    @Test
    void changesByOneActorInATimeRangeArePaged() {
        fixture.clock.set(Instant.parse("2026-05-01T00:00:00Z"));
        fixture.loggedIn.set("pager");
        for (int i = 0; i < 5; i++) {
            fixture.clock.advance(Duration.ofMinutes(1));
            fixture.orm.inTransaction(session -> session.persist(new Invoice("P", 1, "x")));
        }
        Instant from = Instant.parse("2026-05-01T00:02:00Z");
        Instant to = Instant.parse("2026-05-01T00:05:00Z");

        List<Change> first = fixture.orm.fromTransaction(session -> ChangeLog.byActor(session, "pager", from, to, PageRequest.ofSize(2)));
        List<Change> second = fixture.orm.fromTransaction(session -> ChangeLog.byActor(session, "pager", from, to, PageRequest.ofSize(2).page(2)));

        assertThat(first).extracting(Change::at).containsExactly(Instant.parse("2026-05-01T00:04:00Z"),
                Instant.parse("2026-05-01T00:03:00Z"));
        assertThat(second).extracting(Change::at).containsExactly(Instant.parse("2026-05-01T00:02:00Z"));
        assertThatThrownBy(() -> fixture.orm.inTransaction(session -> ChangeLog.byActor(session, "pager", from, to, PageRequest.ofSize(501))))
                .isInstanceOf(dev.ormkit.core.paging.InvalidPageRequestException.class).hasMessageContaining("at most 500");
    }

    @Test
    void aFlushOfMoreThanAThousandLoggedChangesLogsEveryOne() {
        fixture.clearExecutions();

        fixture.orm.inTransaction(session -> {
            for (int i = 0; i < 1200; i++) {
                session.persist(new Invoice("THOUSANDS", i, "x"));
            }
        });

        assertThat(fixture.executions("insert into ormkit_change_log")).as("one batch during the flush, one at commit")
                .hasSize(2);
        Long logged = fixture.orm.fromTransaction(session -> session.createNativeQuery(
                "select count(*) from ormkit_change_log where changes->'number'->>'new' = 'THOUSANDS'", Long.class)
                .getSingleResult());
        assertThat(logged).isEqualTo(1200);
    }

    @Test
    void extraStatementsPerAuditedUpdate() {
        Memo memo = new Memo("cost");
        Invoice invoice = new Invoice("COST", 1, "x");
        fixture.orm.inTransaction(session -> {
            session.persist(memo);
            session.persist(invoice);
            for (int i = 0; i < 5; i++) {
                session.persist(new Invoice("BATCH", i, "x"));
            }
        });

        fixture.clearExecutions();
        fixture.orm.inTransaction(session -> session.find(Memo.class, memo.getId()).setText("cost 2"));
        assertThat(fixture.executions("update")).hasSize(1);
        assertThat(fixture.executions("insert")).as("audited, no change log: no extra statement").isEmpty();

        fixture.clearExecutions();
        fixture.orm.inTransaction(session -> session.find(Invoice.class, invoice.getId()).setAmountCents(2));
        assertThat(fixture.executions("update")).hasSize(1);
        assertThat(fixture.executions("insert")).as("change log: one batched insert per transaction").hasSize(1);

        fixture.clearExecutions();
        fixture.orm.inTransaction(session -> session.createSelectionQuery("from Invoice i where i.number = 'BATCH'",
                Invoice.class).getResultList().forEach(i -> i.setAmountCents(i.getAmountCents() + 1)));
        assertThat(fixture.executions("insert")).as("five logged updates, still one batch").hasSize(1)
                .allSatisfy(s -> assertThat(s).startsWith("batch"));
    }
}
