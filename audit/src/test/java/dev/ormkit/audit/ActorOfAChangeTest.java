package dev.ormkit.audit;

import dev.ormkit.testkit.sql.SqlCapture;
import java.util.concurrent.atomic.AtomicReference;
import dev.ormkit.core.OrmKit;
import dev.ormkit.core.paging.PageRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.audit.ChangeLog.Change;
import dev.ormkit.audit.model.Invoice;
import dev.ormkit.audit.model.Member;
import dev.ormkit.audit.model.Memo;
import dev.ormkit.softdelete.SoftDeletes;
import java.util.List;
import java.util.UUID;
import org.hibernate.FlushMode;
import org.junit.jupiter.api.Test;

/** The actor of a change is the one in scope when the application made it, not the one in scope at the flush. */
@AuditTest
class ActorOfAChangeTest {

    private final OrmKit orm;
    private final AtomicReference<String> loggedIn;
    private final SqlCapture sql;

    ActorOfAChangeTest(OrmKit orm, SignedInUser signedIn, SqlCapture sql) {
        this.orm = orm;
        this.loggedIn = signedIn.name;
        this.sql = sql;
    }

    private Memo memo(UUID id) {
        return orm.fromTransaction(session -> session.find(Memo.class, id));
    }

    @Test
    void aPersistInsideAScopeIsByTheScopedActorWhenTheCommitComesAfterIt() {
        loggedIn.set("ada");
        Invoice invoice = new Invoice("SCOPED-1", 1, "x");

        orm.inTransaction(session -> Auditing.as("importer", () -> session.persist(invoice)));

        Invoice loaded = orm.fromTransaction(session -> session.find(Invoice.class, invoice.getId()));
        assertThat(loaded.getCreatedBy()).isEqualTo("importer");
        assertThat(loaded.getUpdatedBy()).isEqualTo("importer");
        List<Change> history = orm.fromTransaction(
                session -> ChangeLog.history(session, Invoice.class, invoice.getId(), PageRequest.ofSize(5)));
        assertThat(history).extracting(Change::actor).containsExactly("importer");
    }

    @Test
    void aPersistInsideAScopeIsByTheScopedActorEvenWithoutAFlushAtTheEndOfTheScope() {
        loggedIn.set("ada");
        Memo memo = new Memo("manual flush mode");

        orm.inTransaction(session -> {
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
        loggedIn.set("ada");
        Memo memo = new Memo("draft");
        orm.inTransaction(session -> session.persist(memo));

        orm.inTransaction(session -> Auditing.as("editor",
                () -> session.find(Memo.class, memo.getId()).setText("edited in scope")));

        assertThat(memo(memo.getId()).getUpdatedBy()).isEqualTo("editor");
    }

    @Test
    void aRemoveInsideAScopeIsByTheScopedActor() {
        loggedIn.set("ada");
        Member member = new Member("Leaving");
        orm.inTransaction(session -> session.persist(member));

        orm.inTransaction(session -> {
            session.setHibernateFlushMode(FlushMode.MANUAL);
            Member managed = session.find(Member.class, member.getId());
            Auditing.as("offboarding", () -> session.remove(managed));
            session.flush();
        });

        Member deleted = orm.fromTransaction(session -> SoftDeletes.includingDeleted(session,
                () -> session.find(Member.class, member.getId())));
        assertThat(deleted.getDeletedBy()).isEqualTo("offboarding");
        assertThat(deleted.getUpdatedBy()).isEqualTo("offboarding");
    }

    @Test
    void aMergeInsideAScopeIsByTheScopedActor() {
        loggedIn.set("ada");
        Memo memo = new Memo("detached");
        orm.inTransaction(session -> session.persist(memo));
        memo.setText("merged");

        orm.inTransaction(session -> {
            session.setHibernateFlushMode(FlushMode.MANUAL);
            Auditing.as("merger", () -> session.merge(memo));
            session.flush();
        });

        assertThat(memo(memo.getId()).getUpdatedBy()).isEqualTo("merger");
    }

    @Test
    void aBlockThatThrowsFlushesNothing() {
        loggedIn.set("ada");
        Memo memo = new Memo("kept");
        orm.inTransaction(session -> session.persist(memo));

        orm.inTransaction(session -> {
            sql.clear();
            assertThatThrownBy(() -> Auditing.as("failing", () -> {
                session.find(Memo.class, memo.getId()).setText("changed before the failure");
                throw new IllegalStateException("failed");
            })).hasMessage("failed");
            assertThat(AuditModel.executions(sql, "update")).isEmpty();
        });

        assertThat(memo(memo.getId()).getUpdatedBy()).as("written at commit, outside the block").isEqualTo("ada");
    }

    @Test
    void changesMadeAfterTheScopeAreByTheProvidersActor() {
        loggedIn.set("ada");
        Memo memo = new Memo("first");
        orm.inTransaction(session -> session.persist(memo));

        orm.inTransaction(session -> {
            Memo managed = Auditing.as("reader", () -> session.find(Memo.class, memo.getId()));
            managed.setText("changed after the scope");
        });

        assertThat(memo(memo.getId()).getUpdatedBy()).isEqualTo("ada");
    }
}
