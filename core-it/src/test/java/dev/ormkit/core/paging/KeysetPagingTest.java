package dev.ormkit.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.OrmKitConfigurationException;
import dev.ormkit.core.clinic.Clinic;
import dev.ormkit.core.clinic.Owner;
import dev.ormkit.core.clinic.Pet;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.core.repository.EntityRepository;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.TestDatabase;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@PostgresTest
class KeysetPagingTest {

    private static final SqlCapture log = new SqlCapture();
    private static OrmKit orm;
    private static OrmKit otherOrm;

    @BeforeAll
    static void start(TestDatabase database) {
        orm = Clinic.start(database, log, builder -> builder.maxPageSize(100)
                .property("hibernate.generate_statistics", "true"));
        otherOrm = Clinic.start(database, new SqlCapture(), builder -> builder
                .property("jakarta.persistence.schema-generation.database.action", "none"));
        // 1,000 owners sharing 37 names: the id tiebreaker decides the order within a name.
        Clinic.seed(database, 1000, 37, 0, 0);
    }

    @AfterAll
    static void stop() {
        orm.close();
        otherOrm.close();
    }

    private static <R> R owners(Function<EntityRepository<Owner>, R> work) {
        return orm.fromTransaction(session -> work.apply(new EntityRepository<>(Owner.class, () -> session)));
    }

    private static List<UUID> ids(List<Owner> owners) {
        return owners.stream().map(Owner::getId).toList();
    }

    private static List<UUID> walkForward(QuerySpec<Owner> spec, int size) {
        return owners(repo -> {
            List<UUID> seen = new ArrayList<>();
            CursoredPage<Owner> page = repo.scroll(spec, PageRequest.ofSize(size));
            seen.addAll(ids(page.content()));
            while (page.hasNext()) {
                page = repo.scroll(spec, page.nextPageRequest().orElseThrow());
                seen.addAll(ids(page.content()));
            }
            return seen;
        });
    }

    @Test
    void walkingForwardVisitsEveryRowOnceInOrderDespiteDuplicateKeys() {
        QuerySpec<Owner> spec = QuerySpec.<Owner>all().orderBy(Sort.asc("name"));
        List<UUID> expected = owners(repo -> ids(repo.list(spec)));
        assertThat(walkForward(spec, 30)).hasSize(1000).doesNotHaveDuplicates().isEqualTo(expected);
    }

    @Test
    void pagesAfterTheFirstReuseHibernatesCachedQueryPlan() {
        QuerySpec<Owner> spec = QuerySpec.<Owner>where("e.city <> :city").bind("city", "nowhere")
                .orderBy(Sort.asc("name"));
        var statistics = orm.sessionFactory().getStatistics();
        walkForward(spec, 100);
        long hits = statistics.getQueryPlanCacheHitCount();
        long misses = statistics.getQueryPlanCacheMissCount();

        walkForward(spec, 100);

        assertThat(statistics.getQueryPlanCacheMissCount() - misses).as("plan cache misses").isZero();
        assertThat(statistics.getQueryPlanCacheHitCount() - hits).as("plan cache hits").isGreaterThanOrEqualTo(10);
    }

    @Test
    void mixedDirectionsWalkInTheRequestedOrder() {
        QuerySpec<Owner> spec = QuerySpec.<Owner>all().orderBy(Sort.asc("city"), Sort.desc("name"));
        List<UUID> expected = owners(repo -> ids(repo.list(spec)));
        assertThat(walkForward(spec, 45)).isEqualTo(expected);
    }

    @Test
    void walkingBackwardFromTheEndReturnsThePagesInReverse() {
        QuerySpec<Owner> spec = QuerySpec.<Owner>where("e.city = :city").bind("city", "city 3")
                .orderBy(Sort.desc("name"));
        List<UUID> expected = owners(repo -> ids(repo.list(spec)));
        List<UUID> backward = owners(repo -> {
            CursoredPage<Owner> page = repo.scroll(spec, PageRequest.ofSize(7));
            while (page.hasNext()) {
                page = repo.scroll(spec, page.nextPageRequest().orElseThrow());
            }
            List<UUID> seen = new ArrayList<>(ids(page.content()));
            while (page.hasPrevious()) {
                page = repo.scroll(spec, page.previousPageRequest().orElseThrow());
                seen.addAll(0, ids(page.content()));
            }
            assertThat(page.content()).hasSize(7);
            return seen;
        });
        assertThat(backward).isEqualTo(expected);
    }

    @Test
    void theNextPageIsOneRowValueQueryWithTheIdTiebreaker() {
        owners(repo -> {
            CursoredPage<Owner> first = repo.scroll(QuerySpec.<Owner>all().orderBy(Sort.asc("name")), PageRequest.ofSize(10));
            log.clear();
            repo.scroll(QuerySpec.<Owner>all().orderBy(Sort.asc("name")), first.nextPageRequest().orElseThrow());
            return null;
        });
        assertThat(log.log().statements()).hasSize(1);
        assertThat(log.log().statements().get(0).sql()).contains("(o1_0.name,o1_0.id)>(?,?)")
                .contains("order by o1_0.name,o1_0.id");
    }

    @Test
    void aKeysetOrderWithoutAnIndexIsReportedOnce() {
        java.io.PrintStream original = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            owners(repo -> repo.scroll(QuerySpec.<Owner>all().orderBy(Sort.desc("createdAt")), PageRequest.ofSize(5)));
            owners(repo -> repo.scroll(QuerySpec.<Owner>all().orderBy(Sort.desc("createdAt")), PageRequest.ofSize(5)));
            owners(repo -> repo.scroll(QuerySpec.<Owner>all().orderBy(Sort.asc("city"), Sort.asc("name")),
                    PageRequest.ofSize(5)));
        } finally {
            System.setErr(original);
        }
        String warnings = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(warnings).containsOnlyOnce("Keyset paging of Owner ordered by createdAt desc, id desc:")
                .contains("create index on owner (created_at,id)").doesNotContain("city");
    }

    @Test
    void anAlteredCursorIsRejected() {
        String cursor = owners(repo -> repo.scroll(QuerySpec.<Owner>all(), PageRequest.ofSize(10)).nextCursor()
                .orElseThrow());
        String payload = cursor.substring(0, cursor.indexOf('.'));
        byte[] bytes = Base64.getUrlDecoder().decode(payload);
        bytes[bytes.length - 1] ^= 1;
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + cursor.substring(cursor.indexOf('.'));
        for (String bad : List.of(forged, "garbage", cursor + "x", "x".repeat(5000))) {
            assertThatThrownBy(() -> owners(repo -> repo.scroll(QuerySpec.<Owner>all(),
                    PageRequest.ofSize(10).afterCursor(bad))))
                    .isInstanceOf(InvalidCursorException.class).hasMessageStartingWith("The cursor was rejected");
        }
        assertThatThrownBy(() -> owners(repo -> repo.scroll(QuerySpec.<Owner>all(),
                PageRequest.ofSize(10).afterCursor(forged))))
                .hasMessageContaining("signature does not match");
    }

    @Test
    void aCursorFromAnotherOrmKitOrQueryIsRejected() {
        String cursor = owners(repo -> repo.scroll(QuerySpec.<Owner>all().orderBy(Sort.asc("name")),
                PageRequest.ofSize(10)).nextCursor().orElseThrow());
        assertThatThrownBy(() -> otherOrm.inTransaction(session -> new EntityRepository<>(Owner.class, () -> session)
                .scroll(QuerySpec.<Owner>all().orderBy(Sort.asc("name")), PageRequest.ofSize(10).afterCursor(cursor))))
                .isInstanceOf(InvalidCursorException.class).hasMessageContaining("another ormkit.cursor_secret");
        assertThatThrownBy(() -> owners(repo -> repo.scroll(QuerySpec.<Owner>all().orderBy(Sort.desc("city")),
                PageRequest.ofSize(10).afterCursor(cursor))))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("made for Owner ordered by name asc, id asc")
                .hasMessageContaining("ordered by city desc, id desc");
        assertThatThrownBy(() -> orm.inTransaction(session -> new EntityRepository<>(Pet.class, () -> session)
                .scroll(QuerySpec.<Pet>all().orderBy(Sort.asc("name")), PageRequest.ofSize(10).afterCursor(cursor))))
                .isInstanceOf(InvalidCursorException.class).hasMessageContaining("this query reads Pet");
    }

    @Test
    void anUnknownOrUnsortableSortKeyIsRejectedBeforeAnySql() {
        log.clear();
        assertThatThrownBy(() -> owners(repo -> repo.scroll(QuerySpec.<Owner>all().orderBy(Sort.asc("name; drop table owner")),
                PageRequest.ofSize(10))))
                .isInstanceOf(InvalidPageRequestException.class)
                .hasMessageContaining("Unknown sort key 'name; drop table owner'")
                .hasMessageContaining("[city, createdAt, id, name, updatedAt, version]");
        assertThatThrownBy(() -> owners(repo -> repo.page(QuerySpec.<Owner>all().orderBy(Sort.asc("pets")),
                PageRequest.ofSize(10))))
                .isInstanceOf(InvalidPageRequestException.class).hasMessageContaining("Unknown sort key 'pets'");
        assertThat(log.log().statements()).isEmpty();
    }

    @Test
    void pageSizesOutsideOneToTheMaximumAreRejected() {
        assertThatThrownBy(() -> PageRequest.ofSize(0)).isInstanceOf(InvalidPageRequestException.class)
                .hasMessageContaining("Page size is 0 but must be at least 1");
        assertThatThrownBy(() -> PageRequest.ofSize(10).page(0)).isInstanceOf(InvalidPageRequestException.class);
        assertThatThrownBy(() -> owners(repo -> repo.scroll(QuerySpec.<Owner>all(), PageRequest.ofSize(101))))
                .isInstanceOf(InvalidPageRequestException.class)
                .hasMessageContaining("Page size 101 is larger than the maximum of 100 (ormkit.max_page_size)");
    }

    @Test
    void anInvalidMaximumPageSizeFailsTheBuild(TestDatabase database) {
        assertThatThrownBy(() -> Clinic.start(database, new SqlCapture(), builder -> builder.maxPageSize(0)))
                .isInstanceOf(OrmKitConfigurationException.class)
                .hasMessageContaining("ormkit.max_page_size is '0' but must be a whole number of at least 1");
    }
}
