package dev.ormkit.benchmarks.fetch;

import dev.ormkit.benchmarks.BenchmarkDatabase;
import dev.ormkit.benchmarks.Peer;
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
import java.util.List;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactory;

/**
 * A page of 50 parents (page 3) with both collections used: ormkit's fetch plan, naive lazy loading (N+1, no
 * batch fetching) and a Spring Data repository method with an {@code @EntityGraph}.
 */
@State(Scope.Benchmark)
@Peer("naiveLazyLoading")
public class FetchPlanBenchmark {

    @Param("2000")
    public int parents;

    private TestDatabase database;
    private OrmKit orm;
    private OrmKit lazy;

    @Setup(Level.Trial)
    public void seed() {
        database = BenchmarkDatabase.create("fetch_plans");
        orm = OrmKit.builder().dataSource(database.dataSource()).entities(Parent.class, Child.class, Phone.class)
                .property("jakarta.persistence.schema-generation.database.action", "create").build();
        lazy = OrmKit.builder().dataSource(database.dataSource()).entities(Parent.class, Child.class, Phone.class)
                .property("hibernate.default_batch_fetch_size", 1).build();
        FetchModel.seed(orm, parents);
        BenchmarkDatabase.execute(database, FetchModel.INDEXES);
        BenchmarkDatabase.execute(database, "vacuum analyze");
    }

    @TearDown(Level.Trial)
    public void drop() {
        lazy.close();
        orm.close();
        database.close();
    }

    private static int touch(List<Parent> page) {
        int rows = 0;
        for (Parent parent : page) {
            rows += parent.children.size() + parent.phones.size();
        }
        return rows;
    }

    @Benchmark
    public int ormkitFetchPlan() {
        return orm.fromTransaction(session -> touch(new EntityRepository<>(Parent.class, () -> session)
                .page(QuerySpec.<Parent>all().orderBy(Sort.asc("name")).fetch(FetchPlan.of("children", "phones")),
                        PageRequest.ofSize(50).page(3)).content()));
    }

    @Benchmark
    public int naiveLazyLoading() {
        return lazy.fromTransaction(session -> touch(session.createSelectionQuery(
                "from Parent p order by p.name, p.id", Parent.class).setFirstResult(100).setMaxResults(50).getResultList()));
    }

    @Benchmark
    public int springDataEntityGraph() {
        return lazy.fromTransaction(session -> touch(new JpaRepositoryFactory(session).getRepository(ParentPages.class)
                .findAllBy(org.springframework.data.domain.PageRequest.of(2, 50,
                        org.springframework.data.domain.Sort.by("name", "id"))).getContent()));
    }

}
