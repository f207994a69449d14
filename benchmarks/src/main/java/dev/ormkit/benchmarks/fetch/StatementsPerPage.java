package dev.ormkit.benchmarks.fetch;

import dev.ormkit.benchmarks.BenchmarkDatabase;
import dev.ormkit.benchmarks.fetch.FetchModel.Child;
import dev.ormkit.benchmarks.fetch.FetchModel.Parent;
import dev.ormkit.benchmarks.fetch.FetchModel.Phone;
import dev.ormkit.core.OrmKit;
import dev.ormkit.core.fetch.FetchPlan;
import dev.ormkit.core.paging.PageRequest;
import dev.ormkit.core.paging.Sort;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.core.repository.EntityRepository;
import dev.ormkit.testkit.TestDatabase;
import dev.ormkit.testkit.sql.SqlCapture;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactory;

/**
 * Statements sent to PostgreSQL for one page of 50 parents with both collections, per approach, counted by the
 * testkit's {@link SqlCapture} at the JDBC driver (the data of the statements chart in docs/benchmarks.md).
 */
public final class StatementsPerPage {

    private StatementsPerPage() {}

    /** Approach → number of statements for page 3 of 50 parents, both collections touched. */
    public static Map<String, Long> measure() {
        SqlCapture capture = new SqlCapture();
        Map<String, Long> counts = new LinkedHashMap<>();
        try (TestDatabase database = BenchmarkDatabase.create("statements")) {
            DataSource counted = capture.wrap(database.dataSource());
            try (OrmKit orm = OrmKit.builder().dataSource(counted).entities(Parent.class, Child.class, Phone.class)
                    .property("jakarta.persistence.schema-generation.database.action", "create").build();
                    OrmKit lazy = OrmKit.builder().dataSource(counted).entities(Parent.class, Child.class, Phone.class)
                            .property("hibernate.default_batch_fetch_size", 1).build()) {
                FetchModel.seed(orm, 200);
                counts.put("naive lazy loading", count(capture, () -> lazy.inTransaction(session -> touch(session
                        .createSelectionQuery("from Parent p order by p.name, p.id", Parent.class)
                        .setFirstResult(100).setMaxResults(50).getResultList()))));
                counts.put("Spring Data @EntityGraph + Pageable", count(capture, () -> lazy.inTransaction(session ->
                        touch(new JpaRepositoryFactory(session).getRepository(ParentPages.class)
                                .findAllBy(org.springframework.data.domain.PageRequest.of(2, 50,
                                        org.springframework.data.domain.Sort.by("name", "id"))).getContent()))));
                counts.put("ormkit FetchPlan.of(\"children\", \"phones\")", count(capture, () -> orm.inTransaction(
                        session -> touch(new EntityRepository<>(Parent.class, () -> session).page(
                                QuerySpec.<Parent>all().orderBy(Sort.asc("name")).fetch(FetchPlan.of("children", "phones")),
                                PageRequest.ofSize(50).page(3)).content()))));
                counts.put("hand-written JDBC (3 queries)", count(capture, () -> {
                    try {
                        PageVsJdbcBenchmark.handWritten(counted);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
        }
        return counts;
    }

    private static long count(SqlCapture capture, Runnable work) {
        return capture.record(work).count(dev.ormkit.testkit.sql.StatementKind.SELECT);
    }

    private static void touch(List<Parent> page) {
        page.forEach(parent -> {
            parent.children.size();
            parent.phones.size();
        });
    }
}
