package dev.ormkit.softdelete;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.observe.Progress;
import dev.ormkit.core.observe.ProgressListener;
import dev.ormkit.softdelete.model.Tag;
import dev.ormkit.testkit.TestClock;
import dev.ormkit.testkit.TestDatabase;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.sql.SqlLog;
import dev.ormkit.testkit.sql.StatementKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@SoftDeleteModelTest
class BatchedPurgeTest {

    private final TestDatabase database;
    private final OrmKit orm;
    private final TestClock clock;
    private final SqlCapture capture;

    BatchedPurgeTest(TestDatabase database, OrmKit orm, TestClock clock, SqlCapture capture) {
        this.database = database;
        this.orm = orm;
        this.clock = clock;
        this.capture = capture;
    }

    @BeforeEach
    void emptyTags() throws Exception {
        try (var connection = database.dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.execute("truncate tag, customer_tag");
        }
    }

    /** {@code deleted} tags soft-deleted, then {@code live} live ones; returns a cutoff after the deletes. */
    private Instant tags(int deleted, int live) {
        List<Tag> gone = new ArrayList<>();
        orm.inTransaction(session -> {
            for (int i = 0; i < deleted + live; i++) {
                Tag tag = new Tag("purge-" + i);
                session.persist(tag);
                if (i < deleted) {
                    gone.add(tag);
                }
            }
        });
        orm.inTransaction(session -> gone.forEach(tag -> session.remove(session.find(Tag.class, tag.getId()))));
        clock.advance(Duration.ofDays(1));
        return clock.instant();
    }

    private long count(String condition) {
        return orm.fromTransaction(session -> SoftDeletes.includingDeleted(session, () -> session
                .createSelectionQuery("select count(*) from Tag t where " + condition, Long.class).getSingleResult()));
    }

    @Test
    void purgeRunsInBoundedBatchesAndReportsProgress() {
        Instant cutoff = tags(23, 2);
        List<Progress> progress = new ArrayList<>();
        long[] purged = new long[1];

        SqlLog sql = capture.record(() -> purged[0] = orm.fromTransaction(session ->
                SoftDeletes.purgeDeletedBefore(session, Tag.class, cutoff, 10, ProgressListener.every(10, progress::add))));

        assertThat(purged[0]).isEqualTo(23);
        sql.assertCount(StatementKind.SELECT, 3).assertCount(StatementKind.DELETE, 3);
        assertThat(sql.statements().stream().filter(s -> s.kind() == StatementKind.DELETE))
                .allSatisfy(delete -> assertThat(delete.sql()).contains("deleted_at<?").contains("id in"));
        assertThat(progress).extracting(Progress::done).containsExactly(10L, 20L, 23L);
        assertThat(progress).extracting(Progress::finished).containsExactly(false, false, true);
        assertThat(count("t.label like 'purge-%'")).as("the live rows stay").isEqualTo(2);
    }

    @Test
    void aFullLastBatchTakesOneMoreSelectToKnowItIsDone() {
        Instant cutoff = tags(20, 1);

        long[] purged = new long[1];
        SqlLog sql = capture.record(() -> purged[0] = orm.<Long>fromTransaction(session ->
                SoftDeletes.purgeDeletedBefore(session, Tag.class, cutoff, 10, null)));

        assertThat(purged[0]).isEqualTo(20);
        sql.assertCount(StatementKind.SELECT, 3).assertCount(StatementKind.DELETE, 2);
    }

    @Test
    void theDefaultPurgeIsOneSelectAndOneDeleteUpToAThousandRows() {
        Instant cutoff = tags(5, 1);

        int[] purged = new int[1];
        SqlLog sql = capture.record(() -> purged[0] = orm.<Integer>fromTransaction(session ->
                SoftDeletes.purgeDeletedBefore(session, Tag.class, cutoff)));

        assertThat(purged[0]).isEqualTo(5);
        sql.assertCount(StatementKind.SELECT, 1).assertCount(StatementKind.DELETE, 1);
        assertThat(count("t.label like 'purge-%'")).isEqualTo(1);
    }

    @Test
    void rowsDeletedAfterTheCutoffAndLiveRowsAreNeverPurged() {
        Instant cutoff = tags(3, 2);
        orm.inTransaction(session -> session.remove(session.createSelectionQuery(
                "from Tag t where t.label = 'purge-3'", Tag.class).getSingleResult()));

        long purged = orm.fromTransaction(session ->
                SoftDeletes.purgeDeletedBefore(session, Tag.class, cutoff, 2, null));

        assertThat(purged).isEqualTo(3);
        assertThat(count("t.label = 'purge-3'")).as("deleted after the cutoff").isEqualTo(1);
        assertThat(count("t.label = 'purge-4'")).as("live").isEqualTo(1);
    }
}
