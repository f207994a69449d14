package dev.ormkit.core.query.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ormkit.core.query.InvalidQueryException;
import dev.ormkit.core.query.QuerySpec;
import org.junit.jupiter.api.Test;

/**
 * The one validator behind every JPQL condition users hand ormkit ({@code QuerySpec} here, ormkit-audit's
 * {@code BulkUpdate} through the same class): same rules, same exception type, same message.
 */
class ConditionCheckTest {

    @Test
    void everyWayOutOfTheConditionIsRefusedWithInvalidQueryException() {
        for (String hostile : new String[] {"e.grp = :g) or (1=1", "(e.grp = :g", "e.name = 'x'", "e.name = \"x\"",
                "e.`name` = :n", "e.id = :id; drop table book", "e.id = :id -- comment", "e.name = :n /* c */",
                "e.name = :n \\", "e.name = :n\u200B", "e.id = :id" + " and e.id = :id".repeat(400), "   "}) {
            assertThatThrownBy(() -> ConditionCheck.checked(hostile)).as(hostile)
                    .isInstanceOf(InvalidQueryException.class);
        }
    }

    @Test
    void querySpecRefusesWithTheValidatorsExactMessage() {
        for (String hostile : new String[] {"e.grp = :g) or (1=1", "e.name = 'x'", "e.id = :id; drop"}) {
            Throwable direct = catchThrowable(() -> ConditionCheck.checked(hostile));
            Throwable viaSpec = catchThrowable(() -> QuerySpec.where(hostile));

            assertThat(viaSpec).isExactlyInstanceOf(direct.getClass()).hasMessage(direct.getMessage());
        }
    }

    @Test
    void whitespaceBecomesSpacesSoMessagesQuotingTheQueryHoldNoLineBreak() {
        assertThat(ConditionCheck.checked("e.city = :city\n\tand e.age > :age"))
                .isEqualTo("e.city = :city  and e.age > :age");
    }

    @Test
    void parameterNamesArePlainIdentifiersOutsideOrmkitsPrefix() {
        assertThat(ConditionCheck.parameterName("city_2")).isEqualTo("city_2");
        for (String bad : new String[] {"1city", "city-name", "", "ormkit_now", "c ity"}) {
            assertThatThrownBy(() -> ConditionCheck.parameterName(bad)).as(bad)
                    .isInstanceOf(InvalidQueryException.class).hasMessageContaining("is not allowed");
        }
        Throwable direct = catchThrowable(() -> ConditionCheck.parameterName("ormkit_v0"));
        assertThat(catchThrowable(() -> QuerySpec.all().bind("ormkit_v0", 1))).hasMessage(direct.getMessage());
    }

    @Test
    void aNullValueIsRefusedNamingTheParameterAndTheIsNullAlternative() {
        assertThatThrownBy(() -> ConditionCheck.value("city", null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("city").hasMessageContaining("is null");
        assertThat(ConditionCheck.value("city", "Paris")).isEqualTo("Paris");
    }
}
