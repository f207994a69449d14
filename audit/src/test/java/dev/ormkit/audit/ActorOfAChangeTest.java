package dev.ormkit.audit;

import dev.ormkit.core.paging.PageRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.audit.ChangeLog.Change;
import dev.ormkit.audit.model.Invoice;
import dev.ormkit.audit.model.Member;
import dev.ormkit.audit.model.Memo;
import dev.ormkit.softdelete.SoftDeletes;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import java.util.List;
import java.util.UUID;
import org.hibernate.FlushMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The actor of a change is the one in scope when the application made it, not the one in scope at the flush. */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActorOfAChangeTest {

    private AuditFixture fixture;

    @BeforeAll
    void start(TestDatabase database) {
        fixture = new AuditFixture(database, true);
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    private Memo memo(UUID id) {
        return fixture.orm.fromTransaction(session -> session.find(Memo.class, id));
    }

    @Test
    void aPersistInsideAScopeIsByTheScopedActorWhenTheCommitComesAfterIt() {
        fixture.loggedIn.set("ada");
        Invoice invoice = new Invoice("SCOPED-1", 1, "x");

        fixture.orm.inTransaction(session -> Auditing.as("importer", () -> session.persist(invoice)));

        Invoice loaded = fixture.orm.fromTransaction(session -> session.find(Invoice.class, invoice.getId()));
        assertThat(loaded.getCreatedBy()).isEqualTo("importer");
        assertThat(loaded.getUpdatedBy()).isEqualTo("importer");
        List<Change> history = fixture.orm.fromTransaction(
                session -> ChangeLog.history(session, Invoice.class, invoice.getId(), PageRequest.ofSize(5)));
        assertThat(history).extracting(Change::actor).containsExactly("importer");
    }

    @Test
    void aPersistInsideAScopeIsByTheScopedActorEvenWithoutAFlushAtTheEndOfTheScope() {
        fixture.loggedIn.set("ada");
        Memo memo = new Memo("manual flush mode");

        fixture.orm.inTransaction(session -> {
            session.setHibernateFlushMode(FlushMode.MANUAL);
            Auditing.as("importer", () -> session.persist(memo));
            Memo other = new Memo("outside");
            session.persist(other);
            session.flush();
            assertThat(other.getCreatedBy()).isEqualTo("ada");
        });

        assertThat(memo(memo.getId()).getCreatedBy()).isEqualTo("importer");
    }

    @Test
    void aSetterChangeInsideAScopeIsByTheScopedActor() {
        fixture.loggedIn.set("ada");
        Memo memo = new Memo("draft");
        fixture.orm.inTransaction(session -> session.persist(memo));

        fixture.orm.inTransaction(session -> Auditing.as("editor",
                () -> session.find(Memo.class, memo.getId()).setText("edited in scope")));

        assertThat(memo(memo.getId()).getUpdatedBy()).isEqualTo("editor");
    }

    @Test
    void aRemoveInsideAScopeIsByTheScopedActor() {
        fixture.loggedIn.set("ada");
        Member member = new Member("Leaving");
        fixture.orm.inTransaction(session -> session.persist(member));

        fixture.orm.inTransaction(session -> {
            session.setHibernateFlushMode(FlushMode.MANUAL);
            Member managed = session.find(Member.class, member.getId());
            Auditing.as("offboarding", () -> session.remove(managed));
            session.flush();
        });

        Member deleted = fixture.orm.fromTransaction(session -> SoftDeletes.includingDeleted(session,
                () -> session.find(Member.class, member.getId())));
        assertThat(deleted.getDeletedBy()).isEqualTo("offboarding");
        assertThat(deleted.getUpdatedBy()).isEqualTo("offboarding");
    }

    @Test
    void aMergeInsideAScopeIsByTheScopedActor() {
        fixture.loggedIn.set("ada");
        Memo memo = new Memo("detached");
        fixture.orm.inTransaction(session -> session.persist(memo));
        memo.setText("merged");

        fixture.orm.inTransaction(session -> {
            session.setHibernateFlushMode(FlushMode.MANUAL);
            Auditing.as("merger", () -> session.merge(memo));
            session.flush();
        });

        assertThat(memo(memo.getId()).getUpdatedBy()).isEqualTo("merger");
    }

    @Test
    void aBlockThatThrowsFlushesNothing() {
        fixture.loggedIn.set("ada");
        Memo memo = new Memo("kept");
        fixture.orm.inTransaction(session -> session.persist(memo));

        fixture.orm.inTransaction(session -> {
            fixture.clearExecutions();
            assertThatThrownBy(() -> Auditing.as("failing", () -> {
                session.find(Memo.class, memo.getId()).setText("changed before the failure");
                throw new IllegalStateException("failed");
            })).hasMessage("failed");
            assertThat(fixture.executions("update")).isEmpty();
        });

        assertThat(memo(memo.getId()).getUpdatedBy()).as("written at commit, outside the block").isEqualTo("ada");
    }

    @Test
    void changesMadeAfterTheScopeAreByTheProvidersActor() {
        fixture.loggedIn.set("ada");
        Memo memo = new Memo("first");
        fixture.orm.inTransaction(session -> session.persist(memo));

        fixture.orm.inTransaction(session -> {
            Memo managed = Auditing.as("reader", () -> session.find(Memo.class, memo.getId()));
            managed.setText("changed after the scope");
        });

        assertThat(memo(memo.getId()).getUpdatedBy()).isEqualTo("ada");
    }
}
