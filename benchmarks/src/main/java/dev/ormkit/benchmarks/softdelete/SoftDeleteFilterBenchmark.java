package dev.ormkit.benchmarks.softdelete;

import dev.ormkit.benchmarks.BenchmarkDatabase;
import dev.ormkit.benchmarks.Peer;
import dev.ormkit.core.BaseEntity;
import dev.ormkit.core.OrmKit;
import dev.ormkit.softdelete.SoftDeletableEntity;
import dev.ormkit.softdelete.SoftDeletes;
import dev.ormkit.softdelete.Visibility;
import dev.ormkit.testkit.TestDatabase;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.Session;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The cost of hiding deleted rows: the same keyset page over a large table with 10% soft-deleted rows, read
 * through a soft-deletable mapping (ormkit adds {@code deleted_at is null}, served by a partial index) and
 * through a plain mapping of the same table without the filter (the peer).
 */
@State(Scope.Benchmark)
@Peer("unfilteredPage")
public class SoftDeleteFilterBenchmark {

    @Entity(name = "Article")
    @Table(name = "article")
    public static class Article extends SoftDeletableEntity {

        private static final long serialVersionUID = 1L;
        public String title;
    }

    @Entity(name = "PlainArticle")
    @Table(name = "article")
    public static class PlainArticle extends BaseEntity {

        private static final long serialVersionUID = 1L;
        public String title;
    }

    @Param("1000000")
    public int rows;

    private TestDatabase database;
    private OrmKit orm;
    private String deepTitle;

    @Setup(Level.Trial)
    public void seed() {
        database = BenchmarkDatabase.create("soft_delete");
        BenchmarkDatabase.execute(database,
                "create table article (id uuid primary key, title text not null, created_at timestamptz not null, "
                        + "updated_at timestamptz not null, deleted_at timestamptz, version bigint not null)",
                "insert into article select gen_random_uuid(), 'title ' || lpad(i::text, 8, '0'), now(), now(), "
                        + "case when i % 10 = 0 then now() end, 0 from generate_series(1, " + rows + ") i",
                "create index article_title_id on article (title, id)",
                "create index article_title_id_live on article (title, id) where deleted_at is null",
                "vacuum analyze article");
        orm = OrmKit.builder().dataSource(database.dataSource()).entities(Article.class, PlainArticle.class).build();
        deepTitle = String.format("title %08d", rows - rows / 20);
    }

    @TearDown(Level.Trial)
    public void drop() {
        orm.close();
        database.close();
    }

    @Benchmark
    public List<Article> liveRowsPage() {
        try (Session session = orm.sessionFactory().openSession()) {
            return session.createSelectionQuery("from Article a where a.title > :t "
                    + "order by a.title, a.id", Article.class).setParameter("t", deepTitle).setMaxResults(50).getResultList();
        }
    }

    /**
     * The same rows and SQL with a filter enabled in the session, as every session had before ormkit stopped
     * enabling one by default: Hibernate then translates the query again at each run.
     */
    @Benchmark
    @SuppressWarnings("try") // the scope is open for its effect on the session, never referenced
    public List<Article> filterEnabledPage() {
        try (Session session = orm.sessionFactory().openSession();
                SoftDeletes.Scope scope = SoftDeletes.scope(session, Visibility.INCLUDING_DELETED)) {
            return session.createSelectionQuery("from Article a where a.title > :t and a.deletedAt is null "
                    + "order by a.title, a.id", Article.class).setParameter("t", deepTitle).setMaxResults(50)
                    .getResultList();
        }
    }

    @Benchmark
    public List<PlainArticle> unfilteredPage() {
        try (Session session = orm.sessionFactory().openSession()) {
            return session.createSelectionQuery("from PlainArticle a where a.title > :t "
                    + "order by a.title, a.id", PlainArticle.class).setParameter("t", deepTitle).setMaxResults(50)
                    .getResultList();
        }
    }
}
