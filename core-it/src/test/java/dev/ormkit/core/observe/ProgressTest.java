package dev.ormkit.core.observe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.clinic.Clinic;
import dev.ormkit.core.clinic.Owner;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.core.write.BulkImport;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@PostgresTest
class ProgressTest {

    private static final Recorder events = new Recorder();
    private static OrmKit orm;

    @BeforeAll
    static void start(TestDatabase database) {
        orm = Clinic.start(database, new SqlCapture(), builder -> builder.listener(events));
    }

    @AfterAll
    static void stop() {
        orm.close();
    }

    @Test
    void bulkImportReportsProgressEveryIntervalAndOnceAtTheEnd() {
        List<Progress> reports = new ArrayList<>();
        List<Owner> owners = IntStream.range(0, 2_500).mapToObj(i -> new Owner("imported " + i, "city")).toList();

        long rows = orm.fromTransaction(session -> BulkImport.copy(session, Owner.class, owners,
                ProgressListener.every(1_000, reports::add)));

        assertThat(rows).isEqualTo(2_500);
        assertThat(reports).extracting(Progress::done).containsExactly(1_000L, 2_000L, 2_500L);
        assertThat(reports).extracting(Progress::finished).containsExactly(false, false, true);
        assertThat(reports).allSatisfy(progress -> assertThat(progress.task()).isEqualTo("BulkImport Owner"));
        assertThat(reports.get(2).toString()).startsWith("BulkImport Owner: 2500 rows in ").contains("rows/s");
        assertThat(events.of(BulkImportEvent.class)).singleElement()
                .satisfies(event -> assertThat(event.rows()).isEqualTo(2_500));
    }
}
