package dev.ormkit.core.paging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.clinic.Clinic;
import dev.ormkit.core.clinic.ClinicTest;
import dev.ormkit.core.clinic.Owner;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.core.repository.EntityRepository;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keyset paging over 100,000 rows reads an index range; a timing comparison with offset is printed, not asserted. */
@ClinicTest
class KeysetIndexTest {

    private static SqlCapture log;
    private static final QuerySpec<Owner> BY_NAME = QuerySpec.<Owner>all().orderBy(Sort.asc("name"));
    private static OrmKit orm;
    private static TestDatabase database;
    private static CursoredPage<Owner> deep;

    @BeforeAll
    static void start(TestDatabase testDatabase, OrmKit injected, SqlCapture capture) {
        database = testDatabase;
        orm = injected;
        log = capture;
        Clinic.seed(database, 100_000, 100_000, 0, 0);
        deep = orm.fromTransaction(session -> {
            EntityRepository<Owner> owners = new EntityRepository<>(Owner.class, () -> session);
            CursoredPage<Owner> page = owners.scroll(BY_NAME, PageRequest.ofSize(1000));
            for (int i = 1; i < 99; i++) {
                page = owners.scroll(BY_NAME, page.nextPageRequest().orElseThrow());
            }
            return page; // rows 98,001..99,000
        });
    }

    @Test
    void aDeepNextPageIsAnIndexRangeScanNotASortOfTheTable() throws SQLException {
        Owner last = deep.content().get(deep.content().size() - 1);
        log.clear();
        CursoredPage<Owner> next = orm.fromTransaction(session -> new EntityRepository<>(Owner.class, () -> session)
                .scroll(BY_NAME, PageRequest.ofSize(50).afterCursor(deep.nextCursor().orElseThrow())));
        assertThat(next.content()).hasSize(50);
        String sql = log.log().statements().get(0).sql();
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement explain = connection.prepareStatement("explain (analyze, buffers off) " + sql)) {
            explain.setString(1, last.getName());
            explain.setObject(2, last.getId());
            explain.setInt(3, 51);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            System.out.println("keyset next page plan:\n" + plan);
            assertThat(plan).contains("Index Scan using owner_name_id").contains("Index Cond: (ROW((name)::text, id) > ROW(")
                    .doesNotContain("Sort").doesNotContain("Rows Removed by Filter");
        }
    }

    @Test
    void aDeepKeysetPageHoldsTheSameRowsAsTheSameOffsetPage() {
        PageRequest keyset = PageRequest.ofSize(50).afterCursor(deep.nextCursor().orElseThrow());
        PageRequest offset = PageRequest.ofSize(50).page(99_000 / 50 + 1);
        List<Owner> viaKeyset = run(repo -> repo.scroll(BY_NAME, keyset).content());
        List<Owner> viaOffset = run(repo -> repo.page(BY_NAME, offset).content());
        assertThat(viaKeyset).hasSize(50).isEqualTo(viaOffset);
        // How much faster the keyset page is: DeepPagingBenchmark in benchmarks/, a ratio measured in one run.
    }

    private static <R> R run(java.util.function.Function<EntityRepository<Owner>, R> work) {
        return orm.fromTransaction(session -> work.apply(new EntityRepository<>(Owner.class, () -> session)));
    }


}
