package dev.ormkit.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link FetchPlan} is an immutable set of paths, checked for form before any entity model is involved. */
class FetchPlanTest {

    @Test
    void pathsAreKeptOnceAndPlansCompareByPaths() {
        FetchPlan plan = FetchPlan.of("owner", "pets.visits").and("owner");

        assertThat(plan.paths()).containsExactlyInAnyOrder("owner", "pets.visits");
        assertThat(plan).isEqualTo(FetchPlan.of("pets.visits", "owner"));
        assertThat(FetchPlan.none().isEmpty()).isTrue();
    }

    @Test
    void aMalformedPathIsRefusedWithTheCallersTextEscaped() {
        for (String malformed : new String[] {"", ".", "a..b", "pets.", ".\nx"}) {
            assertThatThrownBy(() -> FetchPlan.of(malformed)).as(malformed)
                    .isInstanceOf(InvalidFetchPlanException.class)
                    .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("\n"));
        }
    }
}
