package dev.ormkit.core.paging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Sort-key values go into cursors as text and come back as the same value of the same type. */
class KeyValuesTest {

    @Test
    void everySupportedValueRoundTripsThroughText() {
        List<Object> values = List.of("Dune", UUID.fromString("0193a0a0-0000-7000-8000-000000000001"),
                Instant.parse("2026-12-01T10:15:30.123456Z"), LocalDate.of(2026, 12, 1), 42L, 7,
                new BigDecimal("12.3400"), Boolean.TRUE);
        for (Object value : values) {
            assertThat(KeyValues.supports(value.getClass())).as("%s supported", value.getClass()).isTrue();
            assertThat(KeyValues.fromText(KeyValues.toText(value), value.getClass())).as("%s", value)
                    .isEqualTo(value);
        }
    }

    @Test
    void nullStaysNull() {
        assertThat(KeyValues.toText(null)).isNull();
        assertThat(KeyValues.fromText(null, String.class)).isNull();
    }

    @Test
    void typesWithoutAnExactTextFormAreNotSupported() {
        assertThat(KeyValues.supports(Double.class)).isFalse();
        assertThat(KeyValues.supports(Object.class)).isFalse();
    }
}
