package dev.ormkit.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** LIKE patterns built from caller text match that text literally: DB-free part of {@link Like}. */
class LikePatternTest {

    @Test
    void wildcardsAndTheEscapeCharacterAreEscaped() {
        assertThat(Like.escape("50%_off\\")).isEqualTo("50\\%\\_off\\\\");
        assertThat(Like.prefixPattern("a_b")).isEqualTo("a\\_b%");
        assertThat(Like.containsPattern("%")).isEqualTo("%\\%%");
        assertThat(Like.suffixPattern("x")).isEqualTo("%x");
        assertThat(Like.ESCAPE).isEqualTo('\\');
    }
}
