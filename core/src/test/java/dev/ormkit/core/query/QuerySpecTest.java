package dev.ormkit.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link QuerySpec} refuses what could carry a value into the SQL or escape its condition, before any SQL. */
class QuerySpecTest {

    @Test
    void conditionsThatCouldEscapeTheirParenthesesOrQuoteAValueAreRefused() {
        for (String hostile : new String[] {"e.grp = :g) or (1=1", "e.name = 'x'", "e.name = \"x\"",
                "e.id = :id; drop table book", "e.id = :id -- comment", "e.name = :n /* c */"}) {
            assertThatThrownBy(() -> QuerySpec.where(hostile)).as(hostile).isInstanceOf(InvalidQueryException.class);
        }
    }

    @Test
    void callerTextInTheMessageIsEscapedAndCut() {
        String forged = "e.name = 'x'\n2026-12-01 ERROR forged log line" + "y".repeat(10_000);

        assertThatThrownBy(() -> QuerySpec.where(forged)).isInstanceOf(InvalidQueryException.class)
                .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("\n").hasSizeLessThan(1_000));
    }

    @Test
    void aBoundConditionIsAcceptedAndEachCallMakesANewSpec() {
        QuerySpec<Object> base = QuerySpec.where("e.name = :name");
        QuerySpec<Object> bound = base.bind("name", "Dune").and("e.year > :year").bind("year", 1965);

        assertThat(base.parameters()).isEmpty();
        assertThat(bound.jpqlConditions()).containsExactly("e.name = :name", "e.year > :year");
        assertThat(bound.parameters()).containsEntry("name", "Dune").containsEntry("year", 1965);
    }

    @Test
    void badParameterNamesTimeoutsAndLimitsAreRefused() {
        assertThatThrownBy(() -> QuerySpec.all().bind("1bad", 1)).isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> QuerySpec.all().timeout(Duration.ofSeconds(-1)))
                .isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> QuerySpec.all().timeout(Duration.ofMillis(1500)))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("whole seconds");
        assertThatThrownBy(() -> QuerySpec.all().limit(0)).isInstanceOf(InvalidQueryException.class);
        assertThat(QuerySpec.all().timeout(Duration.ZERO).timeout()).contains(Duration.ZERO);
    }
}
