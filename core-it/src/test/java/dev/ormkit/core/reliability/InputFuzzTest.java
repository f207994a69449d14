package dev.ormkit.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormkit.core.DatabaseFailureException;
import dev.ormkit.core.OrmKit;
import dev.ormkit.core.fetch.InvalidFetchPlanException;
import dev.ormkit.core.paging.CursoredPage;
import dev.ormkit.core.paging.InvalidCursorException;
import dev.ormkit.core.paging.InvalidPageRequestException;
import dev.ormkit.core.paging.Page;
import dev.ormkit.core.paging.PageRequest;
import dev.ormkit.core.paging.Sort;
import dev.ormkit.core.query.InvalidQueryException;
import dev.ormkit.core.query.QuerySpec;
import dev.ormkit.core.repository.EntityRepository;
import dev.ormkit.testkit.PostgresTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A seeded random fuzz of everything a caller can hand a repository as text or number: JPQL conditions,
 * sort keys, fetch paths, cursors and page numbers (12,000 generated cases). Whatever is generated, ormkit
 * runs the query exactly as bound or refuses it with one of its documented exceptions; a generated condition
 * never escapes the condition ormkit ANDs it with; no ormkit message holds a line break or grows with the
 * input; and the table is intact at the end. The seed is printed and fixed ({@code -Dormkit.fuzz.seed=…}
 * replays another run).
 */
@PostgresTest(entities = Item.class)
class InputFuzzTest {

    private static final int ROWS = 200;
    private static final int FIXED_GROUP = 3;
    private static final long SEED = Long.getLong("ormkit.fuzz.seed", 16L);
    private static final Map<String, Integer> OUTCOMES = new TreeMap<>();
    private static int cases;
    private static OrmKit orm;
    private static List<UUID> idsInOrder;

    @BeforeAll
    static void seed(OrmKit injected) {
        orm = injected;
        orm.inTransaction(session -> {
            for (int i = 0; i < ROWS; i++) {
                session.persist(new Item(i % 10, "item " + i));
            }
        });
        idsInOrder = orm.fromTransaction(session -> session.createSelectionQuery(
                "select i.id from Item i order by i.id", UUID.class).getResultList());
    }

    @AfterAll
    static void report() {
        long left = orm.fromTransaction(session -> session.createSelectionQuery("select count(*) from Item", Long.class)
                .getSingleResult());
        System.out.printf("fuzz (seed %d): %d cases, outcomes %s, %d of %d rows left%n", SEED, cases, OUTCOMES, left,
                ROWS);
        assertThat(left).isEqualTo(ROWS);
    }

    private static <R> R inSession(Function<EntityRepository<Item>, R> work) {
        return orm.fromTransaction(session -> work.apply(repository(session)));
    }

    private static EntityRepository<Item> repository(Session session) {
        return new EntityRepository<>(Item.class, () -> session);
    }

    /** Counts the outcome; fails on an undocumented type or a message unsafe for a log line. */
    private static void outcome(String property, RuntimeException failure, Set<Class<?>> documented, boolean messageChecked) {
        OUTCOMES.merge(property + ":" + failure.getClass().getSimpleName(), 1, Integer::sum);
        assertThat(documented.stream().anyMatch(type -> type.isInstance(failure)))
                .as("%s raised an undocumented %s: %s", property, failure.getClass().getName(), failure.getMessage())
                .isTrue();
        if (messageChecked) {
            assertThat(failure.getMessage()).doesNotContain("\n").doesNotContain("\r").doesNotContain("\u2028");
            assertThat(failure.getMessage().length()).isLessThan(1_500);
        }
    }

    private static void success(String property) {
        OUTCOMES.merge(property + ":ok", 1, Integer::sum);
    }

    private static final String[] TOKENS = {"e.grp", "e.label", "e.id", " = ", " <> ", " < ", ":g", ":h", "(", ")", "'",
        "\"", "`", ";", "--", "/*", "*/", "\\", " or ", " and ", " not ", "1=1", "1", "0", " is null", " is not null",
        "\n", "\r", "\t", "\u0000", "\u202e", "\u2028", "\uD83D", "select", " union ", "e", ".", ",",
        "cast(:g as String)", "delete from Item", "x", " ", "e.grp / 0 = 1", "upper(e.label)", " like :h", "?1"};

    /** Tokens that pass the lexical check, so that half the conditions reach Hibernate and PostgreSQL. */
    private static final String[] PLAIN_TOKENS = {"e.grp", "e.label", " = ", " <> ", " < ", ":g", ":h", "(", ")",
        " or ", " and ", " not ", "1=1", "1", " is null", " is not null", "\n", "e.grp / 0 = 1", "upper(e.label)",
        " like :h", "e.grp = :g", ") or (", "1=1)", "(1=1", "\t"};

    private static final String[] ATOMS = {"e.grp = :g", "1=1", "e.label like :h", "e.grp < 5", "e.label is null",
        "upper(e.label) <> e.label", "e.grp in (1, 2, 3)", "e.id is not null"};

    /** A valid JPQL predicate; with an attempt to close ormkit's parenthesis tacked on now and then. */
    private static String predicate(Random random, int depth) {
        return switch (depth > 3 ? 0 : random.nextInt(5)) {
            case 0 -> ATOMS[random.nextInt(ATOMS.length)];
            case 1 -> "(" + predicate(random, depth + 1) + ")";
            case 2 -> predicate(random, depth + 1) + " or " + predicate(random, depth + 1);
            case 3 -> predicate(random, depth + 1) + " and " + predicate(random, depth + 1);
            default -> "not " + predicate(random, depth + 1);
        };
    }

    private static String condition(Random random) {
        if (random.nextInt(3) == 0) {
            String predicate = predicate(random, 0);
            return switch (random.nextInt(4)) {
                case 0 -> predicate + ") or (1=1";
                case 1 -> "1=1) or (" + predicate;
                default -> predicate;
            };
        }
        StringBuilder condition = new StringBuilder();
        int parts = 1 + random.nextInt(12);
        String[] tokens = random.nextBoolean() ? TOKENS : PLAIN_TOKENS;
        for (int i = 0; i < parts; i++) {
            condition.append(tokens[random.nextInt(tokens.length)]);
        }
        return random.nextInt(50) == 0 ? condition.toString().repeat(2_000) : condition.toString();
    }

    private static String text(Random random, int maxLength, String alphabet) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet != null ? alphabet.charAt(random.nextInt(alphabet.length()))
                    : (char) random.nextInt(random.nextBoolean() ? 128 : 0x10000));
        }
        return text.toString();
    }

    @Test
    void conditionsAreRefusedOrRunInsideTheirOwnParentheses() {
        Random random = new Random(SEED);
        for (int i = 0; i < 3_000; i++, cases++) {
            String condition = condition(random);
            try {
                QuerySpec<Item> spec = QuerySpec.<Item>where(condition).and("e.grp = :fixed").bind("fixed", FIXED_GROUP)
                        .limit(ROWS);
                if (condition.contains(":g")) {
                    spec = spec.bind("g", 1);
                }
                if (condition.contains(":h")) {
                    spec = spec.bind("h", "item%");
                }
                QuerySpec<Item> bound = spec;
                List<Item> rows = inSession(items -> items.list(bound));
                assertThat(rows).as(condition).allMatch(item -> item.getGrp() == FIXED_GROUP);
                success("condition");
            } catch (InvalidQueryException | DatabaseFailureException refused) {
                outcome("condition", refused, Set.of(InvalidQueryException.class, DatabaseFailureException.class), true);
            } catch (RuntimeException other) {
                outcome("condition", other, Set.of(), true);
            }
        }
    }

    @Test
    void sortKeysAreOfTheEntityOrRefused() {
        Random random = new Random(SEED + 1);
        List<String> properties = List.of("label", "grp", "id", "createdAt", "updatedAt", "version");
        String[] named = {"label", "grp", "id", "createdAt", "version", "pets", "grp desc", "label; drop table item"};
        for (int i = 0; i < 2_500; i++, cases++) {
            String key = switch (random.nextInt(3)) {
                case 0 -> named[random.nextInt(named.length)];
                case 1 -> text(random, 200, null);
                default -> text(random, 50, "\n\r\t\u0000\u202e;'\")(ab") + (random.nextInt(20) == 0 ? "y".repeat(100_000) : "");
            };
            Sort sort = random.nextBoolean() ? Sort.asc(key) : Sort.desc(key);
            try {
                Page<Item> page = inSession(items -> items.page(QuerySpec.<Item>all().orderBy(sort), PageRequest.ofSize(20)));
                assertThat(page.content()).hasSize(20);
                assertThat(properties).contains(key);
                success("sort");
            } catch (InvalidPageRequestException refused) {
                outcome("sort", refused, Set.of(InvalidPageRequestException.class), true);
            } catch (RuntimeException other) {
                outcome("sort", other, Set.of(), true);
            }
        }
    }

    /** Fetch paths: refused with a documented type, and the message shows the path escaped and cut. */
    @Test
    void fetchPathsAreAssociationsOrRefused() {
        Random random = new Random(SEED + 2);
        String[] named = {"label", "owner", "pets.visits", "", ".", "grp.x", "a..b"};
        for (int i = 0; i < 1_500; i++, cases++) {
            String path = random.nextBoolean() ? named[random.nextInt(named.length)] : text(random, 100, null);
            try {
                inSession(items -> items.page(QuerySpec.<Item>all().fetch(path), PageRequest.ofSize(5)));
                throw new AssertionError("Item has no associations, yet fetch path '" + path + "' was accepted");
            } catch (InvalidFetchPlanException | IllegalArgumentException refused) {
                outcome("fetch", refused, Set.of(InvalidFetchPlanException.class, IllegalArgumentException.class), true);
            }
        }
    }

    @Test
    void cursorsAreOnesOrmkitMadeOrRefused() {
        Random random = new Random(SEED + 3);
        QuerySpec<Item> byLabel = QuerySpec.<Item>all().orderBy(Sort.asc("label"));
        String valid = inSession(items -> items.scroll(byLabel, PageRequest.ofSize(10))).nextPageRequest().orElseThrow()
                .cursor().orElseThrow();
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.=";
        int accepted = 0;
        for (int i = 0; i < 2_500; i++, cases++) {
            String cursor = switch (random.nextInt(5)) {
                case 0 -> {
                    int at = random.nextInt(valid.length());
                    char replacement = alphabet.charAt(random.nextInt(alphabet.length()));
                    yield valid.substring(0, at) + replacement + valid.substring(at + 1);
                }
                case 1 -> valid.substring(0, random.nextInt(valid.length() + 1));
                case 2 -> text(random, 5_000, null);
                case 3 -> text(random, 5_000, alphabet);
                default -> valid;
            };
            PageRequest request = random.nextBoolean() ? PageRequest.ofSize(10).afterCursor(cursor)
                    : PageRequest.ofSize(10).beforeCursor(cursor);
            try {
                CursoredPage<Item> page = inSession(items -> items.scroll(byLabel, request));
                assertThat(cursor).as("only the cursor ormkit made is accepted").isEqualTo(valid);
                assertThat(page.content().size()).isLessThanOrEqualTo(10);
                accepted++;
                success("cursor");
            } catch (InvalidCursorException | InvalidPageRequestException refused) {
                outcome("cursor", refused, Set.of(InvalidCursorException.class, InvalidPageRequestException.class), true);
            } catch (RuntimeException other) {
                outcome("cursor", other, Set.of(), true);
            }
        }
        assertThat(accepted).isPositive();
    }

    @Test
    void pageNumbersReadExactlyThatPageOrAreRefused() {
        Random random = new Random(SEED + 4);
        long[] edges = {Long.MAX_VALUE, Long.MIN_VALUE, (1L << 58) + 1, (1L << 32) + 1, Integer.MAX_VALUE, 0, -1};
        int[] sizes = {0, -1, 1000, 1001, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int i = 0; i < 2_500; i++, cases++) {
            long number = switch (random.nextInt(3)) {
                case 0 -> 1 + random.nextInt(30);
                case 1 -> random.nextLong();
                default -> edges[random.nextInt(edges.length)];
            };
            int size = random.nextInt(4) == 0 ? sizes[random.nextInt(sizes.length)] : 1 + random.nextInt(64);
            try {
                PageRequest request = PageRequest.ofSize(size).page(number);
                Page<Item> page = inSession(items -> items.page(QuerySpec.all(), request));
                long first = (number - 1) * size;
                List<UUID> expected = new ArrayList<>();
                for (long row = first; row < Math.min(first + size, ROWS); row++) {
                    expected.add(idsInOrder.get((int) row));
                }
                assertThat(page.content()).extracting(Item::getId).as("page %d of %d", number, size)
                        .containsExactlyElementsOf(expected);
                success("page");
            } catch (InvalidPageRequestException refused) {
                outcome("page", refused, Set.of(InvalidPageRequestException.class), true);
            } catch (RuntimeException other) {
                outcome("page", other, Set.of(), true);
            }
        }
    }
}
