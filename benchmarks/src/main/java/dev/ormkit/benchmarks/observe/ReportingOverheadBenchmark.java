package dev.ormkit.benchmarks.observe;

import dev.ormkit.benchmarks.BenchmarkDatabase;
import dev.ormkit.benchmarks.PairedComparison;
import dev.ormkit.benchmarks.Peer;
import dev.ormkit.benchmarks.fetch.FetchModel;
import dev.ormkit.benchmarks.fetch.FetchModel.Child;
import dev.ormkit.benchmarks.fetch.FetchModel.Parent;
import dev.ormkit.benchmarks.fetch.FetchModel.Phone;
import dev.ormkit.benchmarks.softdelete.SoftDeleteFilterBenchmark.Article;
import dev.ormkit.benchmarks.softdelete.SoftDeleteFilterBenchmark.PlainArticle;
import dev.ormkit.core.OrmKit;
import dev.ormkit.core.OrmKitBuilder;
import dev.ormkit.core.FetchDiscipline;
import dev.ormkit.core.fetch.FetchPlan;
import dev.ormkit.core.observe.OrmKitEvent;
import dev.ormkit.core.paging.PageRequest;
import dev.ormkit.core.paging.Sort;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.core.repository.EntityRepository;
import dev.ormkit.testkit.TestDatabase;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.UnaryOperator;
import org.hibernate.Session;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The fetch-plan page of {@code FetchPlanBenchmark} (50 parents, two collections, three statements) and the
 * soft-delete keyset page of {@code SoftDeleteFilterBenchmark}, each on two {@code OrmKit}s over the same
 * database: reporting off (the default: no statement inspector, no listener) and reporting on
 * ({@code fetchDiscipline(REPORT)}, so N+1 detection at threshold 10, and a listener counting every event). The
 * reads are planned, so nothing is reported: what is measured is the steady cost of watching.
 *
 * <p>{@link #main} runs the paired comparison (A, B, A, B, ...) that docs/observability.md quotes.
 */
@State(Scope.Benchmark)
@Peer("fetchPlanReportingOff")
public class ReportingOverheadBenchmark {

    @Param("2000")
    public int parents;

    /** Rows of the article table (the smoke test's {@code rows} param shrinks it). */
    @Param("200000")
    public int rows;

    private TestDatabase database;
    private OrmKit off;
    private OrmKit on;
    private String deepTitle;
    private final LongAdder events = new LongAdder();

    @Setup(Level.Trial)
    public void seed() {
        database = BenchmarkDatabase.create("observe");
        off = start(builder -> builder.property("jakarta.persistence.schema-generation.database.action", "create"));
        on = start(builder -> builder.fetchDiscipline(FetchDiscipline.REPORT).listener(this::count));
        FetchModel.seed(off, parents);
        BenchmarkDatabase.execute(database, FetchModel.INDEXES);
        BenchmarkDatabase.execute(database, "insert into article (id, title, created_at, updated_at, deleted_at, version) select gen_random_uuid(), 'title ' || lpad(i::text, 8, '0'), now(), now(), "
                        + "case when i % 10 = 0 then now() end, 0 from generate_series(1, " + rows + ") i",
                "create index article_title_id on article (title, id)",
                "create index article_title_id_live on article (title, id) where deleted_at is null",
                "vacuum analyze");
        deepTitle = String.format("title %08d", rows - rows / 20);
    }

    private OrmKit start(UnaryOperator<OrmKitBuilder> tweak) {
        return tweak.apply(OrmKit.builder().dataSource(database.dataSource())
                .entities(Parent.class, Child.class, Phone.class, Article.class, PlainArticle.class)).build();
    }

    private void count(OrmKitEvent event) {
        events.increment();
    }

    @TearDown(Level.Trial)
    public void drop() {
        on.close();
        off.close();
        database.close();
    }

    private static int fetchPlanPage(OrmKit orm) {
        return orm.fromTransaction(session -> {
            int rows = 0;
            for (Parent parent : new EntityRepository<>(Parent.class, () -> session)
                    .page(QuerySpec.<Parent>all().orderBy(Sort.asc("name")).fetch(FetchPlan.of("children", "phones")),
                            PageRequest.ofSize(50).page(3)).content()) {
                rows += parent.children.size() + parent.phones.size();
            }
            return rows;
        });
    }

    private List<Article> liveRowsPage(OrmKit orm) {
        try (Session session = orm.sessionFactory().openSession()) {
            return session.createSelectionQuery("from Article a where a.title > :t order by a.title, a.id",
                    Article.class).setParameter("t", deepTitle).setMaxResults(50).getResultList();
        }
    }

    @Benchmark
    public int fetchPlanReportingOff() {
        return fetchPlanPage(off);
    }

    @Benchmark
    public int fetchPlanReportingOn() {
        return fetchPlanPage(on);
    }

    @Benchmark
    public List<Article> softDeletePageReportingOff() {
        return liveRowsPage(off);
    }

    @Benchmark
    public List<Article> softDeletePageReportingOn() {
        return liveRowsPage(on);
    }

    /** Paired ratios, time with reporting on / time with it off: {@code [warm-up pairs] [samples]}. */
    public static void main(String[] args) {
        int warmup = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 1_000;
        int samples = args.length > 1 && args[1].matches("\\d+") ? Integer.parseInt(args[1]) : 4_000;
        ReportingOverheadBenchmark benchmark = new ReportingOverheadBenchmark();
        benchmark.parents = 2_000;
        benchmark.rows = 200_000;
        benchmark.seed();
        try {
            List<PairedComparison.Result> results = List.of(
                    PairedComparison.compare("fetch-plan page", "reporting on", benchmark::fetchPlanReportingOn,
                            "off", benchmark::fetchPlanReportingOff, warmup, samples),
                    PairedComparison.compare("soft-delete keyset page", "reporting on",
                            benchmark::softDeletePageReportingOn, "off", benchmark::softDeletePageReportingOff, warmup,
                            samples));
            System.out.println(PairedComparison.table(results));
            System.out.println("events delivered: " + benchmark.events.sum());
        } finally {
            benchmark.drop();
        }
    }
}
