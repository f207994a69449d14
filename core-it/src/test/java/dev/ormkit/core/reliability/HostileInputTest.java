package dev.ormkit.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.UnencodableTextException;
import dev.ormkit.core.internal.Ids;
import dev.ormkit.core.paging.CursoredPage;
import dev.ormkit.core.paging.InvalidPageRequestException;
import dev.ormkit.core.paging.PageRequest;
import dev.ormkit.core.paging.Sort;
import dev.ormkit.core.paging.UnencodableSortKeyException;
import dev.ormkit.core.query.InvalidQueryException;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.core.repository.EntityRepository;
import dev.ormkit.core.write.BatchInsert;
import dev.ormkit.core.write.BulkImport;
import dev.ormkit.testkit.PostgresTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@PostgresTest(entities = Item.class)
class HostileInputTest {

    @BeforeAll
    static void seed(OrmKit orm) {
        orm.inTransaction(session -> {
            for (int i = 0; i < 200; i++) {
                session.persist(new Item(i % 10, "item " + i));
            }
        });
    }

    private static EntityRepository<Item> items(org.hibernate.Session session) {
        return new EntityRepository<>(Item.class, () -> session);
    }

    @Test
    void aConditionThatClosesItsOwnParenthesisIsRefused(OrmKit orm) {
        assertThatThrownBy(() -> QuerySpec.where("e.grp = :g) or (1=1"))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("closes a parenthesis it did not open");
        assertThatThrownBy(() -> QuerySpec.where("(e.grp = :g"))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("leaves 1 parenthesis open");
        long balanced = orm.fromTransaction(session -> items(session)
                .count(QuerySpec.<Item>where("(e.grp = :g) or (e.grp = :h)").bind("g", 1).bind("h", 2)));
        assertThat(balanced).isEqualTo(40);
    }

    @Test
    void quotesSeparatorsAndCommentsAreRefused() {
        for (String condition : List.of("e.label = \"item 1\"", "e.label = 'x'", "e.`label` = :l", "e.grp = 1; delete",
                "e.grp = :g -- x", "e.grp = :g /* x */", "e.label = :l\\")) {
            assertThatThrownBy(() -> QuerySpec.where(condition)).as(condition).isInstanceOf(InvalidQueryException.class);
        }
    }

    @Test
    void callerTextInMessagesIsCutAndEscaped() {
        String forged = "e.grp = :g)\n2026-12-01 INFO forged log line " + "x".repeat(10_000);
        assertThatThrownBy(() -> QuerySpec.where(forged))
                .isInstanceOf(InvalidQueryException.class)
                .satisfies(e -> {
                    assertThat(e.getMessage()).doesNotContain("\n").contains("\\n2026-12-01")
                            .contains("(10044 characters)").hasSizeLessThan(400);
                });
        assertThatThrownBy(() -> QuerySpec.<Item>all().bind("bad\nname", 1))
                .isInstanceOf(InvalidQueryException.class).message().doesNotContain("\n").contains("bad\\nname");
    }

    @Test
    void aLongSortKeyInAMessageIsCut(OrmKit orm) {
        String key = "label\r\n" + "y".repeat(1_000_000);
        assertThatThrownBy(() -> orm.inTransaction(session -> items(session)
                .page(QuerySpec.<Item>all().orderBy(Sort.asc(key)), PageRequest.ofSize(10))))
                .isInstanceOf(InvalidPageRequestException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r").hasSizeLessThan(600));
    }

    @Test
    void aSortValueTooLongForACursorIsRefusedWhenThePageIsMadeNotLater(OrmKit orm) {
        for (int length : new int[] {3_500, 70_000}) {
            String label = "zz" + "v".repeat(length);
            orm.inTransaction(session -> {
                session.persist(new Item(-length, label));
                session.persist(new Item(-length, label + "w"));
            });
            QuerySpec<Item> spec = QuerySpec.<Item>where("e.grp = :g").bind("g", -length).orderBy(Sort.asc("label"));
            assertThatThrownBy(() -> orm.inTransaction(session -> items(session).scroll(spec, PageRequest.ofSize(1))))
                    .as("length %d", length)
                    .isInstanceOf(UnencodableSortKeyException.class)
                    .hasMessageContaining("Item.label is " + (length + 2) + " characters long")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("vvvv"));
            // A page that needs no cursor past the long row still works.
            CursoredPage<Item> whole = orm.fromTransaction(session -> items(session).scroll(spec, PageRequest.ofSize(2)));
            assertThat(whole.content()).hasSize(2);
        }
    }

    @Test
    void aPageNumberWhoseOffsetOverflowsIsRefused(OrmKit orm) {
        for (long page : new long[] {(1L << 58) + 1, Long.MAX_VALUE, 1L << 32, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> orm.inTransaction(session -> items(session)
                    .page(QuerySpec.all(), PageRequest.ofSize(64).page(page))))
                    .as("page %d", page)
                    .isInstanceOf(InvalidPageRequestException.class).hasMessageContaining("beyond what offset paging");
        }
        QuerySpec<Item> seeded = QuerySpec.<Item>where("e.grp >= :lo and e.grp <= :hi").bind("lo", 0).bind("hi", 9);
        List<Item> last = orm.fromTransaction(session -> items(session).page(seeded, PageRequest.ofSize(64).page(4))
                .content());
        assertThat(last).hasSize(8);
    }

    @Test
    void loneSurrogatesAreRefusedOnEveryWritePath(OrmKit orm) {
        String lone = "cut emoji " + "\uD83D\uDE00".charAt(0) + " here";
        assertThatThrownBy(() -> orm.inTransaction(session -> session.persist(new Item(77, lone))))
                .isInstanceOf(UnencodableTextException.class)
                .hasMessageContaining("Item.label holds a lone UTF-16 surrogate (U+D83D)")
                .message().doesNotContain("cut emoji");
        assertThatThrownBy(() -> orm.inTransaction(session -> BatchInsert.saveAll(session, List.of(new Item(77, lone)))))
                .isInstanceOf(UnencodableTextException.class);
        assertThatThrownBy(() -> orm.inTransaction(session -> BulkImport.copy(session, Item.class,
                List.of(new Item(77, "fine"), new Item(77, lone)))))
                .isInstanceOf(UnencodableTextException.class);
        UUID id = orm.fromTransaction(session -> {
            Item item = new Item(77, "ok \uD83D\uDE00");
            session.persist(item);
            return item.getId();
        });
        assertThatThrownBy(() -> orm.inTransaction(session -> session.find(Item.class, id).setLabel("\uDE00 low first")))
                .isInstanceOf(UnencodableTextException.class);
        String stored = orm.fromTransaction(session -> session.find(Item.class, id).getLabel());
        assertThat(stored).isEqualTo("ok \uD83D\uDE00");
        long rows = orm.fromTransaction(session -> items(session).count(QuerySpec.<Item>where("e.grp = :g").bind("g", 77)));
        assertThat(rows).isEqualTo(1);
    }

    @Test
    void aZeroTimeoutMeansNoQueryTimeout(OrmKit orm) {
        QuerySpec<Item> slow = QuerySpec.<Item>where("e.grp = :g and pg_sleep(:s) is not null")
                .bind("g", 0).bind("s", 0.1).limit(15);
        // At least fifteen rows sleep 0.1 s each: 1.5 s or more, past a default of 1 s.
        try (OrmKit short1 = OrmKit.builder().dataSource(orm.dataSource()).entities(Item.class)
                .defaultQueryTimeout(Duration.ofSeconds(1)).build()) {
            assertThatThrownBy(() -> short1.inTransaction(session -> items(session).list(slow)))
                    .isInstanceOf(dev.ormkit.core.QueryTimedOutException.class).hasMessageContaining("1 s");
            long started = System.nanoTime();
            List<Item> rows = short1.fromTransaction(session -> items(session).list(slow.timeout(Duration.ZERO)));
            assertThat(rows).hasSize(15);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(1400));
        }
    }

    @Test
    void idsKeepIncreasingWhenTheClockStepsBack() {
        AtomicLong wall = new AtomicLong(1_800_000_000_000L);
        Supplier<UUID> ids = Ids.monotonic(wall::get);
        List<UUID> made = new ArrayList<>();
        for (int step = 0; step < 50; step++) {
            for (int i = 0; i < 100; i++) {
                made.add(ids.get());
                wall.addAndGet(1);
            }
            wall.addAndGet(step % 2 == 0 ? -5_000 : -1); // back 5 s, then back 1 ms
        }
        for (int i = 1; i < made.size(); i++) {
            assertThat(compare(made.get(i - 1), made.get(i))).as("id %d", i).isLessThan(0);
            assertThat(made.get(i).version()).isEqualTo(7);
        }
    }

    private static int compare(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
