package dev.ormkit.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.clinic.Clinic;
import dev.ormkit.core.clinic.ClinicTest;
import dev.ormkit.core.clinic.Owner;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.core.repository.EntityRepository;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.sql.StatementKind;
import dev.ormkit.testkit.TestDatabase;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ClinicTest
class OffsetPagingTest {

    private static SqlCapture log;
    private static OrmKit orm;
    private final QuerySpec<Owner> inCity1 = QuerySpec.<Owner>where("e.city = :city").bind("city", "city 1")
            .orderBy(Sort.asc("name"));

    @BeforeAll
    static void start(TestDatabase database, OrmKit injected, SqlCapture capture) {
        orm = injected;
        log = capture;
        Clinic.seed(database, 95, 95, 0, 0); // 10 owners in "city 1", 9 or 10 in the others
    }

    @BeforeEach
    void clearLog() {
        log.clear();
    }

    private static <R> R owners(Function<EntityRepository<Owner>, R> work) {
        return orm.fromTransaction(session -> work.apply(new EntityRepository<>(Owner.class, () -> session)));
    }

    @Test
    void aPageKnowsWhetherMoreFollowWithoutCounting() {
        Page<Owner> page = owners(repo -> repo.page(inCity1, PageRequest.ofSize(4).page(2)));
        assertThat(page.content()).hasSize(4).extracting(Owner::getName).isSorted();
        assertThat(page.hasNext()).isTrue();
        assertThat(page.hasPrevious()).isTrue();
        assertThat(page.hasTotals()).isFalse();
        assertThatThrownBy(page::totalElements).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PageRequest.withTotal()");
        assertThat(log.log().statements()).hasSize(1);
        assertThat(log.log().statements().get(0).sql()).contains("offset ? rows fetch first ? rows only");
    }

    @Test
    void theTotalIsCountedOnlyWhenAskedAndTheSizeCannotTellIt() {
        Page<Owner> counted = owners(repo -> repo.page(inCity1, PageRequest.ofSize(4).withTotal()));
        assertThat(counted.totalElements()).isEqualTo(10);
        assertThat(counted.totalPages()).isEqualTo(3);
        assertThat(log.log().count(StatementKind.SELECT)).isEqualTo(2);

        log.clear();
        Page<Owner> shortFirst = owners(repo -> repo.page(inCity1, PageRequest.ofSize(50).withTotal()));
        assertThat(shortFirst.totalElements()).isEqualTo(10);
        assertThat(shortFirst.hasNext()).isFalse();
        assertThat(log.log().count(StatementKind.SELECT)).as("a short first page needs no count").isEqualTo(1);

        log.clear();
        Page<Owner> shortLast = owners(repo -> repo.page(inCity1, PageRequest.ofSize(4).page(3).withTotal()));
        assertThat(shortLast.content()).hasSize(2);
        assertThat(shortLast.totalElements()).isEqualTo(10);
        assertThat(log.log().count(StatementKind.SELECT)).as("a short last page needs no count").isEqualTo(1);
    }

    @Test
    void aSliceNeverCounts() {
        Page<Owner> slice = owners(repo -> repo.slice(inCity1, PageRequest.ofSize(4).withTotal()));
        assertThat(slice.hasTotals()).isFalse();
        assertThat(slice.hasNext()).isTrue();
        assertThat(log.log().count(StatementKind.SELECT)).isEqualTo(1);
    }

    @Test
    void pagesFollowTheRequestedOrderWithTheIdAsTiebreaker() {
        Page<Owner> page = owners(repo -> repo.page(QuerySpec.<Owner>all().orderBy(Sort.desc("city")),
                PageRequest.ofSize(30)));
        assertThat(page.content()).extracting(Owner::getCity).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(log.log().statements().get(0).sql()).contains("order by o1_0.city desc,o1_0.id desc");
    }

    @Test
    void aCursorRequestIsRefusedByOffsetPaging() {
        String cursor = owners(repo -> repo.scroll(inCity1, PageRequest.ofSize(2)).nextCursor().orElseThrow());
        assertThatThrownBy(() -> owners(repo -> repo.page(inCity1, PageRequest.ofSize(2).afterCursor(cursor))))
                .isInstanceOf(InvalidPageRequestException.class).hasMessageContaining("scroll(...)");
    }
}
