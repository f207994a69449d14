package dev.ormkit.softdelete.routes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.softdelete.SoftDeletes;
import dev.ormkit.softdelete.routes.Bootstraps.Bootstrap;
import dev.ormkit.softdelete.routes.Bootstraps.Row;
import dev.ormkit.testkit.PostgresTest;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Soft deletes and purges racing other transactions, with real threads and real transactions; the order of the
 * interesting steps is fixed with latches and barriers, never with sleeps.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SoftDeleteRacesTest {

    private static final int BULK_DELETES = 30;
    private static final int RESTORE_PURGE_RACES = 200;

    private Bootstraps bootstraps;
    private ExecutorService threads;

    @BeforeAll
    void start() {
        bootstraps = new Bootstraps();
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    void stop() {
        threads.shutdownNow();
        bootstraps.close();
    }

    /** The three ways to delete in bulk that the docs have shown, each run while a writer holds the row. */
    private enum BulkDelete { JPQL_DELETE, DELETE_ALL, HAND_WRITTEN_UPDATE }

    @ParameterizedTest
    @EnumSource(Bootstrap.class)
    void noBulkSoftDeleteIsUndoneByAWriterThatLoadedTheRowBefore(Bootstrap bootstrap) throws Exception {
        SessionFactory factory = bootstraps.factory(bootstrap);
        int undone = 0;
        int writerConflicts = 0;
        for (int i = 0; i < BULK_DELETES; i++) {
            Article article = new Article("race-" + i);
            factory.inTransaction(session -> session.persist(article));
            CountDownLatch loaded = new CountDownLatch(1);
            CountDownLatch deleted = new CountDownLatch(1);
            Future<Boolean> writer = threads.submit(() -> {
                try {
                    factory.inTransaction(session -> {
                        Article stale = session.find(Article.class, article.getId());
                        loaded.countDown();
                        await(deleted);
                        stale.setTitle("edited after the delete");
                    });
                    return true;
                } catch (RuntimeException conflict) {
                    return false;
                }
            });
            await(loaded);
            BulkDelete route = BulkDelete.values()[i % BulkDelete.values().length];
            factory.inTransaction(session -> {
                switch (route) {
                    case JPQL_DELETE -> session.createMutationQuery("delete from Article a where a.id = :id")
                            .setParameter("id", article.getId()).executeUpdate();
                    case DELETE_ALL -> SoftDeletes.deleteAll(session, Article.class,
                            QuerySpec.<Article>where("e.id = :id").bind("id", article.getId()));
                    case HAND_WRITTEN_UPDATE -> session
                            .createMutationQuery("update Article a set a.deletedAt = :now where a.id = :id")
                            .setParameter("now", bootstraps.clock.instant()).setParameter("id", article.getId())
                            .executeUpdate();
                }
            });
            deleted.countDown();
            if (!writer.get(30, TimeUnit.SECONDS)) {
                writerConflicts++;
            }
            Row row = bootstraps.row(bootstrap, "article", article.getId());
            if (row.deletedAt() == null) {
                undone++;
            }
        }

        assertThat(undone).as("bulk soft deletes undone by a concurrent writer").isZero();
        assertThat(writerConflicts).as("writers that failed with an optimistic-lock conflict").isEqualTo(BULK_DELETES);
    }

    @ParameterizedTest
    @EnumSource(Bootstrap.class)
    void restoreAndPurgeNeverBothSucceed(Bootstrap bootstrap) throws Exception {
        SessionFactory factory = bootstraps.factory(bootstrap);
        int restoredThenPurged = 0;
        int restoresWon = 0;
        int purgesWon = 0;
        for (int i = 0; i < RESTORE_PURGE_RACES; i++) {
            Article article = new Article("contested-" + i);
            factory.inTransaction(session -> session.persist(article));
            factory.inTransaction(session -> session.remove(session.find(Article.class, article.getId())));
            CyclicBarrier start = new CyclicBarrier(2);
            Future<Boolean> restore = threads.submit(() -> succeeds(start, () -> factory.inTransaction(
                    session -> SoftDeletes.restore(session, Article.class, article.getId()))));
            Future<Boolean> purge = threads.submit(() -> succeeds(start, () -> factory.inTransaction(
                    session -> SoftDeletes.purge(session, article))));
            boolean restored = restore.get(30, TimeUnit.SECONDS);
            boolean purged = purge.get(30, TimeUnit.SECONDS);
            Row row = bootstraps.row(bootstrap, "article", article.getId());

            assertThat(restored ^ purged).as("exactly one of restore and purge succeeds (race %d)", i).isTrue();
            if (restored) {
                restoresWon++;
                assertThat(row.exists() && row.deletedAt() == null).as("restored row is live (race %d)", i).isTrue();
            } else {
                purgesWon++;
                assertThat(row.exists()).as("purged row is gone (race %d)", i).isFalse();
            }
            if (restored && !row.exists()) {
                restoredThenPurged++;
            }
        }

        System.out.printf("%s: %d restores won, %d purges won, %d restored then purged%n", bootstrap, restoresWon,
                purgesWon, restoredThenPurged);
        assertThat(restoredThenPurged).isZero();
        assertThat(restoresWon + purgesWon).isEqualTo(RESTORE_PURGE_RACES);
    }

    private static boolean succeeds(CyclicBarrier start, Runnable work) throws Exception {
        start.await(30, TimeUnit.SECONDS);
        try {
            work.run();
            return true;
        } catch (RuntimeException lost) {
            return false;
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other transaction did not reach its step in 30 s");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
