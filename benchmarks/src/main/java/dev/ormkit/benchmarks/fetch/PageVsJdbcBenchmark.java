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
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A page of 50 parents (page 3) with both collections, through ormkit's fetch plan and through the same three
 * queries written by hand in JDBC with manual mapping into plain objects (the peer: the floor an ORM is measured
 * against). Both run in a transaction on the same pool and read every mapped column.
 */
@State(Scope.Benchmark)
@Peer("handWrittenJdbc")
public class PageVsJdbcBenchmark {

    static final int PAGE = 50;

    @Param("2000")
    public int parents;

    private TestDatabase database;
    private OrmKit orm;
    private final QuerySpec<Parent> byName = QuerySpec.<Parent>all().orderBy(Sort.asc("name"))
            .fetch(FetchPlan.of("children", "phones"));

    /** What the hand-written mapping produces: one row's columns, and its two collections. */
    public record ParentRow(UUID id, String name, Instant createdAt, Instant updatedAt, long version,
            List<ItemRow> children, List<ItemRow> phones) {}

    /** A child or phone row. */
    public record ItemRow(UUID id, String value, Instant createdAt, Instant updatedAt, long version) {}

    @Setup(Level.Trial)
    public void seed() {
        database = BenchmarkDatabase.create("page_vs_jdbc");
        orm = OrmKit.builder().dataSource(database.dataSource()).entities(Parent.class, Child.class, Phone.class)
                .property("jakarta.persistence.schema-generation.database.action", "create").build();
        FetchModel.seed(orm, parents);
        BenchmarkDatabase.execute(database, FetchModel.INDEXES);
        BenchmarkDatabase.execute(database, "vacuum analyze");
    }

    @TearDown(Level.Trial)
    public void drop() {
        orm.close();
        database.close();
    }

    @Benchmark
    public int ormkitFetchPlan() {
        return orm.fromTransaction(session -> {
            int rows = 0;
            for (Parent parent : new EntityRepository<>(Parent.class, () -> session)
                    .page(byName, PageRequest.ofSize(PAGE).page(3)).content()) {
                rows += parent.children.size() + parent.phones.size();
            }
            return rows;
        });
    }

    /**
     * The same page in a read-only session ({@code Session.setDefaultReadOnly(true)}, plain Hibernate): no
     * snapshots of the loaded entities, so the commit has nothing to dirty-check. What a read-only endpoint does.
     */
    @Benchmark
    public int ormkitFetchPlanReadOnly() {
        return orm.fromTransaction(session -> {
            session.setDefaultReadOnly(true);
            int rows = 0;
            for (Parent parent : new EntityRepository<>(Parent.class, () -> session)
                    .page(byName, PageRequest.ofSize(PAGE).page(3)).content()) {
                rows += parent.children.size() + parent.phones.size();
            }
            return rows;
        });
    }

    /**
     * Plain Hibernate's fastest way to the same page on the same factory: the page query, then each collection
     * initialised by Hibernate's batch fetch ({@code default_batch_fetch_size} 50: one select per collection for
     * the 50 parents). What ormkit's fetch plan adds to Hibernate is the difference.
     */
    @Benchmark
    public int hibernateBatchFetch() {
        return orm.fromTransaction(session -> {
            int rows = 0;
            List<Parent> page = session.createSelectionQuery("from Parent order by name, id", Parent.class)
                    .setFirstResult(2 * PAGE).setMaxResults(PAGE).getResultList();
            dev.ormkit.core.fetch.StrictFetch.allowLazyLoads(() -> {
                int n = 0;
                for (Parent parent : page) {
                    org.hibernate.Hibernate.initialize(parent.children);
                    org.hibernate.Hibernate.initialize(parent.phones);
                    n++;
                }
                return n;
            });
            for (Parent parent : page) {
                rows += parent.children.size() + parent.phones.size();
            }
            return rows;
        });
    }

    /** For {@code ReadProfile}: ormkit's page without a fetch plan (the root query only). */
    public int ormkitRootOnly() {
        return orm.fromTransaction(session -> new EntityRepository<>(Parent.class, () -> session)
                .page(QuerySpec.<Parent>all().orderBy(Sort.asc("name")), PageRequest.ofSize(PAGE).page(3))
                .content().size());
    }

    /** For {@code ReadProfile}: the same root query in plain HQL. */
    public int hibernateRootOnly() {
        return orm.fromTransaction(session -> session.createSelectionQuery("from Parent order by name, id",
                Parent.class).setFirstResult(2 * PAGE).setMaxResults(PAGE).getResultList().size());
    }

    @Benchmark
    public int handWrittenJdbc() throws SQLException {
        return handWritten(orm.dataSource());
    }

    /** The three queries and the mapping, on any data source holding the fetch model's tables. */
    static int handWritten(javax.sql.DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            List<ParentRow> page = new ArrayList<>(PAGE);
            Map<UUID, ParentRow> byId = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("select id, name, created_at, updated_at,"
                    + " version from parent order by name, id offset ? limit ?")) {
                select.setInt(1, 2 * PAGE);
                select.setInt(2, PAGE);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ParentRow row = new ParentRow(rs.getObject(1, UUID.class), rs.getString(2),
                                rs.getObject(3, OffsetDateTime.class).toInstant(),
                                rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getLong(5),
                                new ArrayList<>(), new ArrayList<>());
                        page.add(row);
                        byId.put(row.id(), row);
                    }
                }
            }
            Array ids = connection.createArrayOf("uuid", byId.keySet().toArray());
            int rows = items(connection, "select id, name, created_at, updated_at, version, parent_id from child"
                    + " where parent_id = any (?)", ids, byId, true);
            rows += items(connection, "select id, number, created_at, updated_at, version, parent_id from phone"
                    + " where parent_id = any (?)", ids, byId, false);
            connection.commit();
            return rows;
        }
    }

    private static int items(Connection connection, String sql, Array ids, Map<UUID, ParentRow> byId,
            boolean children) throws SQLException {
        int rows = 0;
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setArray(1, ids);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ItemRow item = new ItemRow(rs.getObject(1, UUID.class), rs.getString(2),
                            rs.getObject(3, OffsetDateTime.class).toInstant(),
                            rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getLong(5));
                    ParentRow parent = byId.get(rs.getObject(6, UUID.class));
                    (children ? parent.children() : parent.phones()).add(item);
                    rows++;
                }
            }
        }
        return rows;
    }
}
