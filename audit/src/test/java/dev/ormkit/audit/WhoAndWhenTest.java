package dev.ormkit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.audit.internal.ActorScopes;
import dev.ormkit.audit.model.Folder;
import dev.ormkit.audit.model.Member;
import dev.ormkit.audit.model.Memo;
import dev.ormkit.core.OrmKit;
import dev.ormkit.core.query.InvalidQueryException;
import dev.ormkit.softdelete.SoftDeletes;
import dev.ormkit.testkit.TestClock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

@AuditTest
class WhoAndWhenTest {

    private final OrmKit orm;
    private final AtomicReference<String> loggedIn;
    private final TestClock clock;

    WhoAndWhenTest(OrmKit orm, SignedInUser signedIn, TestClock clock) {
        this.orm = orm;
        this.loggedIn = signedIn.name;
        this.clock = clock;
    }

    private Memo memo(java.util.UUID id) {
        return orm.fromTransaction(session -> session.find(Memo.class, id));
    }

    @Test
    void insertRecordsTheProvidersActorAsCreatorAndUpdater() {
        loggedIn.set("ada");
        Memo note = new Memo("hello");

        orm.inTransaction(session -> session.persist(note));

        Memo loaded = memo(note.getId());
        assertThat(loaded.getCreatedBy()).isEqualTo("ada");
        assertThat(loaded.getUpdatedBy()).isEqualTo("ada");
    }

    @Test
    void createdByNeverChangesAndUpdatedByFollowsRealChangesOnly() {
        loggedIn.set("ada");
        Memo note = new Memo("draft");
        orm.inTransaction(session -> session.persist(note));

        loggedIn.set("bob");
        orm.inTransaction(session -> session.find(Memo.class, note.getId()).setText("draft"));
        assertThat(memo(note.getId()).getUpdatedBy()).as("no real change").isEqualTo("ada");

        orm.inTransaction(session -> session.find(Memo.class, note.getId()).setText("final"));
        Memo loaded = memo(note.getId());
        assertThat(loaded.getCreatedBy()).isEqualTo("ada");
        assertThat(loaded.getUpdatedBy()).isEqualTo("bob");
        assertThat(loaded.getVersion()).isEqualTo(1L);
    }

    @Test
    void aScopedActorOverridesTheProviderAndNests() {
        loggedIn.set("ada");
        Memo outer = new Memo("outer");
        Memo inner = new Memo("inner");

        Auditing.as("nightly-job", () -> {
            orm.inTransaction(session -> session.persist(outer));
            Auditing.as("sub-task", () -> orm.inTransaction(session -> session.persist(inner)));
        });

        assertThat(memo(outer.getId()).getCreatedBy()).isEqualTo("nightly-job");
        assertThat(memo(inner.getId()).getCreatedBy()).isEqualTo("sub-task");
        assertThat(ActorScopes.actor()).isNull();
        assertThatThrownBy(() -> Auditing.as(" ", () -> {})).isInstanceOf(InvalidActorException.class);
    }

    @Test
    void softDeleteAndRestoreRecordWhoDidThem() {
        loggedIn.set("ada");
        Member member = new Member("Grace");
        orm.inTransaction(session -> session.persist(member));

        loggedIn.set("bob");
        orm.inTransaction(session -> session.remove(session.find(Member.class, member.getId())));
        Member deleted = orm.fromTransaction(session -> SoftDeletes.includingDeleted(session,
                () -> session.find(Member.class, member.getId())));
        assertThat(deleted.getDeletedBy()).isEqualTo("bob");
        assertThat(deleted.getUpdatedBy()).isEqualTo("bob");

        loggedIn.set("carol");
        orm.inTransaction(session -> SoftDeletes.restore(session, Member.class, member.getId()));
        Member restored = orm.fromTransaction(session -> session.find(Member.class, member.getId()));
        assertThat(restored.getDeletedBy()).isNull();
        assertThat(restored.getUpdatedBy()).isEqualTo("carol");
        assertThat(restored.getCreatedBy()).isEqualTo("ada");
    }

    @Test
    void concurrentTransactionsOfTwoActorsEachRecordTheirOwn() throws Exception {
        Memo first = new Memo("one");
        Memo second = new Memo("two");
        orm.inTransaction(session -> {
            session.persist(first);
            session.persist(second);
        });
        CountDownLatch bothLoaded = new CountDownLatch(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Void> ada = CompletableFuture.runAsync(() -> Auditing.as("ada", () ->
                    orm.inTransaction(session -> {
                        Memo memo = session.find(Memo.class, first.getId());
                        await(bothLoaded);
                        memo.setText("one by ada");
                    })), threads);
            CompletableFuture<Void> bob = CompletableFuture.runAsync(() -> Auditing.as("bob", () ->
                    orm.inTransaction(session -> {
                        Memo memo = session.find(Memo.class, second.getId());
                        await(bothLoaded);
                        memo.setText("two by bob");
                    })), threads);
            CompletableFuture.allOf(ada, bob).get(30, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }

        assertThat(memo(first.getId()).getUpdatedBy()).isEqualTo("ada");
        assertThat(memo(second.getId()).getUpdatedBy()).isEqualTo("bob");
    }

    @Test
    void aVersionOnlyUpdateMovesUpdatedByAndUpdatedAt() {
        loggedIn.set("ada");
        Folder folder = new Folder("letters");
        orm.inTransaction(session -> session.persist(folder));
        clock.advance(Duration.ofMinutes(3));
        loggedIn.set("bob");

        orm.inTransaction(session -> session.find(Folder.class, folder.getId()).addSheet("page 1"));

        Folder loaded = orm.fromTransaction(session -> session.find(Folder.class, folder.getId()));
        assertThat(loaded.getVersion()).as("adding a child increments only the parent's version").isEqualTo(1L);
        assertThat(loaded.getUpdatedBy()).isEqualTo("bob");
        assertThat(loaded.getUpdatedAt()).isEqualTo(clock.instant());
        assertThat(loaded.getCreatedBy()).isEqualTo("ada");
    }

    @Test
    void bulkUpdateSetsTheAuditColumnsListenersWouldMiss() {
        loggedIn.set("ada");
        Memo memo = new Memo("bulk");
        orm.inTransaction(session -> session.persist(memo));
        clock.advance(Duration.ofMinutes(10));
        loggedIn.set("bob");

        int updated = orm.fromTransaction(session -> BulkUpdate.of(session, Memo.class)
                .set("text", "bulk edited").where("e.id = :id").parameter("id", memo.getId()).execute());

        Memo loaded = memo(memo.getId());
        assertThat(updated).isEqualTo(1);
        assertThat(loaded.getUpdatedBy()).isEqualTo("bob");
        assertThat(loaded.getUpdatedAt()).isEqualTo(clock.instant());
        assertThat(loaded.getVersion()).isEqualTo(1L);
        assertThatThrownBy(() -> orm.inTransaction(session -> BulkUpdate.of(session, Memo.class).set("nope", 1)))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("no attribute 'nope'")
                .hasMessageContaining("text");
        assertThatThrownBy(() -> orm.inTransaction(session -> BulkUpdate.of(session, Memo.class).set("createdBy", "x")))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("ormkit maintains it");
    }

    private static void await(CountDownLatch latch) {
        latch.countDown();
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
