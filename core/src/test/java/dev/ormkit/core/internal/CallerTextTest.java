package dev.ormkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Caller text in messages can neither forge log lines nor flood the log. */
class CallerTextTest {

    @Test
    void controlCharactersAreEscapedAndLongTextIsCut() {
        assertThat(CallerText.show("a\nb\tc")).isEqualTo("'a\\nb\\tc'");
        assertThat(CallerText.show("x".repeat(10_000))).startsWith("'" + "x".repeat(CallerText.MAX_CHARS))
                .endsWith("… (10000 characters)'");
    }
}
