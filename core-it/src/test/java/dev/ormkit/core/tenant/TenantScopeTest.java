package dev.ormkit.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.OrmKitException;
import dev.ormkit.core.OrmKitProperties;
import dev.ormkit.core.clinic.Appointment;
import dev.ormkit.core.clinic.Branch;
import dev.ormkit.core.paging.CursoredPage;
import dev.ormkit.core.paging.InvalidCursorException;
import dev.ormkit.core.paging.Page;
import dev.ormkit.core.paging.PageRequest;
import dev.ormkit.core.paging.Sort;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.core.repository.EntityRepository;
import dev.ormkit.core.write.BatchInsert;
import dev.ormkit.core.write.BulkImport;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.sql.SqlLog;
import dev.ormkit.testkit.sql.StatementKind;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hibernate's {@code @TenantId} with ormkit's core: the tenant comes from {@link Tenants#as} under ormkit's builder and
 * under a plain {@code HibernatePersistenceConfiguration} (no tenant setting in either), every query shape sees the
 * session's tenant only, keyset cursors are bound to the tenant, and a session without a tenant is refused by name.
 */
@PostgresTest(entities = {Branch.class, Appointment.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantScopeTest {

    enum Bootstrap { BUILDER, HIBERNATE_CONFIGURATION }

    /** Typed Object: Hibernate 7.4 deprecated {@code tenantIdentifier(String)} for {@code tenantIdentifier(Object)}. */
    private static final Object ACME = "acme";
    private static final Object WAYNE = "wayne";
    private static final String SECRET = "tenant-scope-test-secret-0123456789abcdef";

    private final Map<Bootstrap, SessionFactory> factories = new EnumMap<>(Bootstrap.class);
    private OrmKit orm;
    private SqlCapture capture;
    private TestDatabase database;

    @BeforeAll
    void start(OrmKit injected, SqlCapture sql, TestDatabase db) {
        orm = injected;
        capture = sql;
        database = db;
        factories.put(Bootstrap.BUILDER, orm.sessionFactory());
        factories.put(Bootstrap.HIBERNATE_CONFIGURATION, new HibernatePersistenceConfiguration("tenants")
                .managedClasses(Branch.class, Appointment.class)
                .jdbcUrl(db.jdbcUrl()).jdbcCredentials(db.username(), db.password())
                .property(OrmKitProperties.CURSOR_SECRET, SECRET)
                .createEntityManagerFactory().unwrap(SessionFactory.class));
        for (String tenant : List.of("acme", "globex")) {
            Tenants.as(tenant, () -> orm.inTransaction(session -> {
                Branch branch = new Branch(tenant + " main");
                session.persist(branch);
                for (int slot = 0; slot < 25; slot++) {
                    session.persist(new Appointment(branch, slot));
                }
            }));
        }
    }

    @AfterAll
    void stop() {
        factories.get(Bootstrap.HIBERNATE_CONFIGURATION).close();
    }

    private <R> R as(Bootstrap bootstrap, String tenant, Function<Session, R> work) {
        return Tenants.as(tenant, () -> factories.get(bootstrap).fromTransaction(work));
    }

    private static EntityRepository<Appointment> appointments(Session session) {
        return new EntityRepository<>(Appointment.class, () -> session);
    }

    @ParameterizedTest
    @EnumSource(Bootstrap.class)
    void aSessionWithoutTenantIsRefusedNamingTheEntitiesAndTheFix(Bootstrap bootstrap) {
        SessionFactory factory = factories.get(bootstrap);

        for (Runnable open : List.<Runnable>of(() -> factory.openSession().close(),
                () -> factory.openStatelessSession().close(), () -> factory.createEntityManager().close(),
                () -> factory.inTransaction(session -> session.find(Branch.class, UUID.randomUUID())))) {
            assertThatThrownBy(open::run)
                    .isInstanceOf(MissingTenantException.class)
                    .hasMessageContaining("entities Appointment, Branch are tenant-scoped (@TenantId)")
                    .hasMessageContaining("Tenants.as(tenant, () -> ...)")
                    .hasMessageContaining("withOptions().tenantIdentifier(tenant)");
        }
    }

    @ParameterizedTest
    @EnumSource(Bootstrap.class)
    void aTenantGivenToTheSessionBuilderNeedsNoScope(Bootstrap bootstrap) {
        try (Session session = factories.get(bootstrap).withOptions().tenantIdentifier(ACME).openSession()) {
            assertThat(session.createSelectionQuery("select count(*) from Appointment", Long.class)
                    .getSingleResult()).isEqualTo(25L);
        }
    }

    @ParameterizedTest
    @EnumSource(Bootstrap.class)
    void everyQueryShapeSeesTheSessionsTenantOnly(Bootstrap bootstrap) {
        UUID globexBranch = as(bootstrap, "globex", session -> session
                .createSelectionQuery("from Branch", Branch.class).getSingleResult().getId());

        as(bootstrap, "acme", session -> {
            assertThat(session.find(Branch.class, globexBranch)).as("find by id").isNull();
            assertThat(session.createSelectionQuery("select count(*) from Appointment", Long.class).getSingleResult())
                    .as("HQL").isEqualTo(25L);
            CriteriaBuilder builder = session.getCriteriaBuilder();
            CriteriaQuery<Appointment> criteria = builder.createQuery(Appointment.class);
            criteria.where(builder.equal(criteria.from(Appointment.class).get("slot"), 3));
            assertThat(session.createSelectionQuery(criteria).getResultList()).as("Criteria")
                    .singleElement().extracting(Appointment::getTenantId).isEqualTo("acme");
            Page<Appointment> page = appointments(session).page(QuerySpec.<Appointment>all()
                    .orderBy(Sort.asc("slot")), PageRequest.ofSize(10).page(3).withTotal());
            assertThat(page.content()).extracting(Appointment::getSlot).containsExactly(20, 21, 22, 23, 24);
            assertThat(page.totalElements()).isEqualTo(25L);
            List<Appointment> planned = appointments(session).list(QuerySpec.<Appointment>all().fetch("branch"));
            assertThat(planned).hasSize(25).allSatisfy(a -> assertThat(a.getBranch().getName()).isEqualTo("acme main"));
            return null;
        });
        try (var stateless = factories.get(bootstrap).withStatelessOptions().tenantIdentifier(ACME)
                .openStatelessSession()) {
            assertThat(stateless.get(Branch.class, globexBranch)).as("stateless get").isNull();
            assertThat(stateless.createSelectionQuery("from Appointment", Appointment.class).getResultList())
                    .as("stateless HQL").hasSize(25).extracting(Appointment::getTenantId).containsOnly("acme");
        }
    }

    @Test
    void theTenantRestrictionIsInTheSqlAndTheInsertFillsTheColumn() {
        SqlLog log = capture.record(() -> as(Bootstrap.BUILDER, "acme", session -> appointments(session)
                .list(QuerySpec.<Appointment>where("e.slot < :slot").bind("slot", 5).fetch("branch"))));

        log.assertCount(StatementKind.SELECT, 1);
        assertThat(log.statements().get(0).sql()).as("the root and the fetched to-one, both restricted")
                .contains("where a1_0.tenant_id = ?").contains("and b1_0.tenant_id = ?");

        UUID id = as(Bootstrap.BUILDER, "initech", session -> {
            Branch branch = new Branch("initech main");
            session.persist(branch);
            return branch.getId();
        });
        assertThat(tenantOf("branch", id)).isEqualTo("initech");
    }

    /**
     * What a distributed engine (Citus) would need to route a statement to one shard: Hibernate 7.4 adds
     * {@code tenant_id = ?} to a bulk update and to a read by id, but the DELETE it writes for one {@code @TenantId}
     * entity restricts by {@code tenant_id = coalesce(?, tenant_id)}.
     */
    @Test
    void writesByIdCarryTheTenantToo() {
        UUID id = as(Bootstrap.BUILDER, "umbrella", session -> {
            Branch branch = new Branch("umbrella main");
            session.persist(branch);
            return branch.getId();
        });

        SqlLog log = capture.record(() -> as(Bootstrap.BUILDER, "umbrella", session -> {
            session.createMutationQuery("update Branch set name = :name where name = :old")
                    .setParameter("name", "umbrella hq").setParameter("old", "umbrella main").executeUpdate();
            session.remove(session.find(Branch.class, id));
            return null;
        }));

        log.assertCount(StatementKind.UPDATE, 1).assertCount(StatementKind.SELECT, 1)
                .assertCount(StatementKind.DELETE, 1);
        List<String> sql = log.statements().stream().map(statement -> statement.sql()).toList();
        assertThat(sql.get(0)).as("bulk update").endsWith("and b1_0.tenant_id = ?");
        assertThat(sql.get(1)).as("find").endsWith("where b1_0.id=? and b1_0.tenant_id = ?");
        // Not a plain equality: a root tenant binds null and matches every tenant. A distributed engine cannot route
        // this to one shard by the tenant (see docs/scaling.md).
        assertThat(sql.get(2)).as("single-row delete")
                .isEqualTo("delete from branch where id=? and version=? and tenant_id=coalesce(?,tenant_id)");
    }

    @ParameterizedTest
    @EnumSource(Bootstrap.class)
    void aCursorIssuedToOneTenantIsRefusedToAnother(Bootstrap bootstrap) {
        QuerySpec<Appointment> spec = QuerySpec.<Appointment>all().orderBy(Sort.asc("slot"));
        PageRequest next = as(bootstrap, "acme", session -> appointments(session)
                .scroll(spec, PageRequest.ofSize(10)).nextPageRequest().orElseThrow());

        assertThatThrownBy(() -> as(bootstrap, "globex", session -> appointments(session).scroll(spec, next)))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("issued to another tenant")
                .hasMessageNotContaining("acme").hasMessageNotContaining("globex");
        try (Session noScope = factories.get(bootstrap).withOptions().tenantIdentifier(ACME).openSession()) {
            CursoredPage<Appointment> second = appointments(noScope).scroll(spec, next);
            assertThat(second.content()).extracting(Appointment::getSlot)
                    .containsExactly(10, 11, 12, 13, 14, 15, 16, 17, 18, 19);
        }
    }

    /**
     * The cost of {@code @TenantId}, measured rather than timed: Hibernate caches no query plan while a filter is
     * enabled ({@code SqmInterpretationsKey.isCacheable}), and the tenant restriction is a filter enabled in every
     * tenant session, so each execution translates the query again; only the parsed HQL is cached. The
     * {@code HibernatePersistenceConfiguration} factory runs nothing but tenant sessions.
     */
    @Test
    void hibernateCachesNoQueryPlanForTenantSessions() {
        var cache = factories.get(Bootstrap.HIBERNATE_CONFIGURATION).unwrap(SessionFactoryImplementor.class)
                .getQueryEngine().getInterpretationCache();
        for (int i = 0; i < 5; i++) {
            as(Bootstrap.HIBERNATE_CONFIGURATION, "acme", session -> session
                    .createSelectionQuery("select count(*) from Appointment a where a.slot >= :slot", Long.class)
                    .setParameter("slot", 3).getSingleResult());
        }

        assertThat(cache.getNumberOfCachedHqlInterpretations()).as("parsed HQL").isPositive();
        assertThat(cache.getNumberOfCachedQueryPlans()).as("query plans").isZero();
    }

    @Test
    void batchInsertFillsTheTenantAndBulkImportRefusesClearly() {
        List<Branch> branches = List.of(new Branch("wayne east"), new Branch("wayne west"));
        try (Session session = orm.sessionFactory().withOptions().tenantIdentifier(WAYNE).openSession()) {
            session.getTransaction().begin();
            assertThat(BatchInsert.saveAll(session, branches)).isEqualTo(2);
            assertThatThrownBy(() -> BulkImport.copy(session, Branch.class, List.of(new Branch("wayne north"))))
                    .isInstanceOf(OrmKitException.class)
                    .hasMessageContaining("Branch.tenantId: its value is generated on insert (TenantIdGeneration)")
                    .hasMessageContaining("Use BatchInsert.saveAll");
            session.getTransaction().commit();
        }

        assertThat(tenantOf("branch", branches.get(0).getId())).isEqualTo("wayne");
        assertThat(tenantOf("branch", branches.get(1).getId())).isEqualTo("wayne");
    }

    @Test
    void twoThreadsWithDifferentTenantsNeverSeeEachOthersRows() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> seen = new ArrayList<>();
            for (String tenant : List.of("hooli", "piedpiper")) {
                seen.add(threads.submit(() -> Tenants.as(tenant, () -> {
                    List<String> tenants = new ArrayList<>();
                    for (int round = 0; round < 50; round++) {
                        await(together);
                        orm.inTransaction(session -> session.persist(new Branch(tenant)));
                        await(together);
                        tenants.addAll(orm.fromTransaction(session -> session
                                .createSelectionQuery("select b.tenantId from Branch b", String.class)
                                .getResultList()));
                    }
                    return tenants;
                })));
            }
            assertThat(seen.get(0).get()).hasSizeGreaterThanOrEqualTo(50).containsOnly("hooli");
            assertThat(seen.get(1).get()).hasSizeGreaterThanOrEqualTo(50).containsOnly("piedpiper");
        } finally {
            threads.shutdownNow();
        }
        assertThat(Tenants.current()).isEmpty();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception interrupted) {
            throw new IllegalStateException(interrupted);
        }
    }

    private String tenantOf(String table, UUID id) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select tenant_id from " + table + " where id = ?")) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
