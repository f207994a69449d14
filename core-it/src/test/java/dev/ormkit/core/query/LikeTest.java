package dev.ormkit.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.OrmKit;
import dev.ormkit.core.clinic.Owner;
import dev.ormkit.core.clinic.Pet;
import dev.ormkit.core.clinic.Visit;
import dev.ormkit.core.repository.EntityRepository;
import dev.ormkit.testkit.PostgresTest;
import dev.ormkit.testkit.sql.CapturedStatement;
import dev.ormkit.testkit.sql.SqlCapture;
import dev.ormkit.testkit.sql.SqlLog;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Prefix, substring and suffix search where the searched text may contain {@code _}, {@code %} and {@code \}. */
@PostgresTest(entities = {Owner.class, Pet.class, Visit.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LikeTest {

    private static final List<String> NAMES = List.of("a_b%c", "axb%c", "a_bxc", "a_b%cX", "Xa_b%c", "A_B%C",
            "C:\\temp", "C:xtemp", "100%", "1000");

    @BeforeAll
    void seed(OrmKit orm) {
        orm.inTransaction(session -> NAMES.forEach(name -> session.persist(new Owner(name, "here"))));
    }

    private static List<String> names(OrmKit orm, QuerySpec<Owner> spec) {
        return orm.fromTransaction(session -> new EntityRepository<>(Owner.class, () -> session).list(spec))
                .stream().map(Owner::getName).sorted().toList();
    }

    @Test
    void wildcardsInTheSearchedTextMatchOnlyThemselves(OrmKit orm) {
        assertThat(names(orm, QuerySpec.matching(Like.startsWith("name", "a_b%")))).containsExactly("a_b%c", "a_b%cX");
        assertThat(names(orm, QuerySpec.matching(Like.contains("name", "_b%c")))).containsExactly("Xa_b%c", "a_b%c",
                "a_b%cX");
        assertThat(names(orm, QuerySpec.matching(Like.endsWith("name", "b%c")))).containsExactly("Xa_b%c", "a_b%c",
                "axb%c");
        assertThat(names(orm, QuerySpec.matching(Like.endsWith("name", "0%")))).containsExactly("100%");
        assertThat(names(orm, QuerySpec.matching(Like.contains("name", ":\\t")))).containsExactly("C:\\temp");
    }

    @Test
    void needsNoTypeWitnessWhereTheRepositoryGivesTheType(OrmKit orm) {
        List<Owner> owners = orm.fromTransaction(session -> new EntityRepository<>(Owner.class, () -> session)
                .list(QuerySpec.matching(Like.startsWith("name", "a_b%"))));
        QuerySpec<Owner> assigned = QuerySpec.where("e.city = :city");

        assertThat(owners).extracting(Owner::getName).containsExactlyInAnyOrder("a_b%c", "a_b%cX");
        assertThat(assigned.jpqlConditions()).containsExactly("e.city = :city");
    }

    @Test
    void ignoringCase(OrmKit orm) {
        assertThat(names(orm, QuerySpec.matching(Like.startsWithIgnoringCase("name", "a_b%c"))))
                .containsExactly("A_B%C", "a_b%c", "a_b%cX");
        assertThat(names(orm, QuerySpec.matching(Like.containsIgnoringCase("name", "_B%C"))))
                .containsExactly("A_B%C", "Xa_b%c", "a_b%c", "a_b%cX");
    }

    @Test
    void aJpqlConditionBindsThePatternAndTheEscapeCharacter(OrmKit orm) {
        Function<String, QuerySpec<Owner>> prefix = text -> QuerySpec.<Owner>where("e.name like :name escape :escape")
                .bind("name", Like.prefixPattern(text)).bind("escape", Like.ESCAPE);

        assertThat(names(orm, prefix.apply("a_b%"))).containsExactly("a_b%c", "a_b%cX");
        assertThat(names(orm, prefix.apply("C:\\"))).containsExactly("C:\\temp");
        assertThat(Like.containsPattern("50%_off\\")).isEqualTo("%50\\%\\_off\\\\%");
        assertThat(Like.suffixPattern("x")).isEqualTo("%x");
    }

    @Test
    void withoutAnEscapeClauseHibernateTurnsEscapingOffAndTheEscapedPatternMatchesNothing(OrmKit orm, SqlCapture sql) {
        QuerySpec<Owner> unescaped = QuerySpec.<Owner>where("e.name like :name")
                .bind("name", Like.prefixPattern("a_b"));

        SqlLog log = sql.record(() -> assertThat(names(orm, unescaped)).isEmpty());

        assertThat(log.statements()).singleElement().extracting(CapturedStatement::sql).asString()
                .contains("like ? escape ''");
    }

    @Test
    void anUnknownOrNonTextPropertyFailsNamingIt(OrmKit orm) {
        assertThatThrownBy(() -> names(orm, QuerySpec.matching(Like.startsWith("nmae", "a"))))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageStartingWith("Like on 'nmae': Owner has no such property path");
        assertThatThrownBy(() -> names(orm, QuerySpec.matching(Like.contains("createdAt", "2026"))))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("Like on 'createdAt' of Owner: its type is Instant, and LIKE compares text");
    }

    @Test
    void aNullTextOrPropertyIsRefused() {
        assertThatThrownBy(() -> Like.startsWith("name", null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("text must not be null");
        assertThatThrownBy(() -> Like.containsPattern(null)).isInstanceOf(NullPointerException.class);
    }
}
