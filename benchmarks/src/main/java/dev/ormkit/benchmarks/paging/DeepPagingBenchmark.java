package dev.ormkit.benchmarks.paging;

import dev.ormkit.benchmarks.BenchmarkDatabase;
import dev.ormkit.benchmarks.Peer;
import dev.ormkit.core.OrmKit;
import dev.ormkit.core.paging.PageRequest;
import dev.ormkit.core.paging.Sort;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.core.repository.EntityRepository;
import dev.ormkit.testkit.TestDatabase;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A page of 50 books near the end of a large table, ordered by a non-unique title with the id as tiebreaker:
 * keyset (row-value predicate, what ormkit's scroll renders) against offset, both against keyset's first page.
 */
@State(Scope.Benchmark)
@Peer("keysetFirstPage")
public class DeepPagingBenchmark {

    public static final int PAGE = 50;

    @Param("1000000")
    public int rows;

    private TestDatabase database;
    private OrmKit orm;
    private String deepTitle;
    private UUID deepId;
    private int deepOffset;
    private QuerySpec<Book> nearTheEnd;
    private final QuerySpec<Book> byTitle = QuerySpec.<Book>all().orderBy(Sort.asc("title"));
    private PageRequest deepCursor;

    @Setup(Level.Trial)
    public void seed() {
        database = BenchmarkDatabase.create("paging");
        orm = OrmKit.builder().dataSource(database.dataSource()).entities(Book.class)
                .property("jakarta.persistence.schema-generation.database.action", "create").build();
        BenchmarkDatabase.execute(database,
                "insert into book (id, title, pages, created_at, updated_at, version) "
                        + "select gen_random_uuid(), 'title ' || lpad((i % " + Math.max(1, rows / 4) + ")::text, 8, '0'), "
                        + "i % 900, now(), now(), 0 from generate_series(1, " + rows + ") i",
                "create index book_title_id on book (title, id)",
                "vacuum analyze book");
        deepOffset = rows - PAGE * 2;
        try (Session session = orm.sessionFactory().openSession()) {
            Object[] key = session.createSelectionQuery("select b.title, b.id from Book b order by b.title, b.id",
                    Object[].class).setFirstResult(deepOffset - 1).setMaxResults(1).getSingleResult();
            deepTitle = (String) key[0];
            deepId = (UUID) key[1];
            nearTheEnd = QuerySpec.<Book>where("e.title >= :title").bind("title", deepTitle).orderBy(Sort.asc("title"));
            deepCursor = new EntityRepository<>(Book.class, () -> session).scroll(nearTheEnd, PageRequest.ofSize(PAGE))
                    .nextPageRequest().orElseThrow();
        }
    }

    @TearDown(Level.Trial)
    public void drop() {
        orm.close();
        database.close();
    }

    @Benchmark
    public List<Book> keysetFirstPage() {
        try (Session session = orm.sessionFactory().openSession()) {
            return session.createSelectionQuery("from Book b order by b.title, b.id", Book.class)
                    .setMaxResults(PAGE).getResultList();
        }
    }

    /**
     * Page 1 written like the deep page: the same row-value predicate, with a position before the first row. It
     * separates what depth costs from what a WHERE clause with two bound parameters costs.
     */
    @Benchmark
    public List<Book> keysetFirstPageSameQuery() {
        try (Session session = orm.sessionFactory().openSession()) {
            return session.createSelectionQuery(
                            "from Book b where (b.title, b.id) > (:title, :id) order by b.title, b.id", Book.class)
                    .setParameter("title", "").setParameter("id", new UUID(0, 0))
                    .setMaxResults(PAGE).getResultList();
        }
    }

    @Benchmark
    public List<Book> keysetDeepPage() {
        try (Session session = orm.sessionFactory().openSession()) {
            return session.createSelectionQuery(
                            "from Book b where (b.title, b.id) > (:title, :id) order by b.title, b.id", Book.class)
                    .setParameter("title", deepTitle).setParameter("id", deepId)
                    .setMaxResults(PAGE).getResultList();
        }
    }

    /**
     * The same deep page through ormkit's repository: a signed cursor, checked, then a row-value seek. The
     * cursor was made by a query with a condition that skips to the end; a cursor binds the entity and the
     * order, so it continues {@code byTitle}, the spec of {@link #ormkitScrollFirstPage}.
     */
    @Benchmark
    public List<Book> ormkitScrollDeepPage() {
        try (Session session = orm.sessionFactory().openSession()) {
            return new EntityRepository<>(Book.class, () -> session).scroll(byTitle, deepCursor).content();
        }
    }

    /** ormkit's first page of the same order: what its deep page is compared with. */
    @Benchmark
    public List<Book> ormkitScrollFirstPage() {
        try (Session session = orm.sessionFactory().openSession()) {
            return new EntityRepository<>(Book.class, () -> session).scroll(byTitle, PageRequest.ofSize(PAGE)).content();
        }
    }

    @Benchmark
    public List<Book> offsetDeepPage() {
        try (Session session = orm.sessionFactory().openSession()) {
            return session.createSelectionQuery("from Book b order by b.title, b.id", Book.class)
                    .setFirstResult(deepOffset).setMaxResults(PAGE).getResultList();
        }
    }

    /**
     * Median times in ms of a keyset page and an offset page starting after {@code depth} rows, measured
     * alternately {@code samples} times (not a JMH benchmark: the data of the depth chart in docs/benchmarks.md).
     */
    public double[] keysetAndOffsetMillis(int depth, int samples) {
        Object[] key;
        try (Session session = orm.sessionFactory().openSession()) {
            key = depth == 0 ? new Object[] {"", new UUID(0, 0)}
                    : session.createSelectionQuery("select b.title, b.id from Book b order by b.title, b.id",
                            Object[].class).setFirstResult(depth - 1).setMaxResults(1).getSingleResult();
        }
        long[] keyset = new long[samples];
        long[] offset = new long[samples];
        for (int i = -2; i < samples; i++) {
            long start = System.nanoTime();
            try (Session session = orm.sessionFactory().openSession()) {
                session.createSelectionQuery("from Book b where (b.title, b.id) > (:title, :id) order by b.title, b.id",
                        Book.class).setParameter("title", key[0]).setParameter("id", key[1])
                        .setMaxResults(PAGE).getResultList();
            }
            long middle = System.nanoTime();
            try (Session session = orm.sessionFactory().openSession()) {
                session.createSelectionQuery("from Book b order by b.title, b.id", Book.class)
                        .setFirstResult(depth).setMaxResults(PAGE).getResultList();
            }
            if (i >= 0) {
                keyset[i] = middle - start;
                offset[i] = System.nanoTime() - middle;
            }
        }
        java.util.Arrays.sort(keyset);
        java.util.Arrays.sort(offset);
        return new double[] {keyset[samples / 2] / 1e6, offset[samples / 2] / 1e6};
    }
}
