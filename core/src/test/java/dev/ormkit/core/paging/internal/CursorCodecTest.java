package dev.ormkit.core.paging.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.paging.InvalidCursorException;
import dev.ormkit.core.paging.internal.CursorCodec.Position;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cursors are signed, bound to their entity and order, and never issued when they could not be read back. */
class CursorCodecTest {

    private final CursorCodec codec = new CursorCodec("a-secret-of-at-least-thirty-two-bytes!!".getBytes(
            StandardCharsets.UTF_8));
    private final Position position = new Position("Book", "title asc, id asc",
            Arrays.asList("Dune", null, "0193a0a0-0000-7000-8000-000000000001"));

    @Test
    void aCursorReadsBackAsThePositionItWasMadeFrom() {
        String cursor = codec.encode(position).orElseThrow();

        assertThat(codec.decode(cursor, "Book", "title asc, id asc")).isEqualTo(position);
    }

    @Test
    void anAlteredCursorIsRefused() {
        String cursor = codec.encode(position).orElseThrow();
        char last = cursor.charAt(cursor.length() - 1);
        String altered = cursor.substring(0, cursor.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertThatThrownBy(() -> codec.decode(altered, "Book", "title asc, id asc"))
                .isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void aCursorForAnotherEntityOrOrderOrSecretIsRefused() {
        String cursor = codec.encode(position).orElseThrow();
        CursorCodec other = new CursorCodec("another-secret-of-at-least-thirty-two-bytes".getBytes(
                StandardCharsets.UTF_8));

        assertThatThrownBy(() -> codec.decode(cursor, "Author", "title asc, id asc"))
                .isInstanceOf(InvalidCursorException.class).hasMessageContaining("made for Book");
        assertThatThrownBy(() -> codec.decode(cursor, "Book", "title desc, id desc"))
                .isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> other.decode(cursor, "Book", "title asc, id asc"))
                .isInstanceOf(InvalidCursorException.class).hasMessageContaining("signature");
    }

    @Test
    void noCursorIsIssuedThatWouldBeTooLongToAccept() {
        Position huge = new Position("Book", "title asc, id asc", List.of("x".repeat(CursorCodec.MAX_LENGTH)));

        assertThat(codec.encode(huge)).isEmpty();
        assertThatThrownBy(() -> codec.decode("x".repeat(CursorCodec.MAX_LENGTH + 1), "Book", "title asc, id asc"))
                .isInstanceOf(InvalidCursorException.class).hasMessageNotContaining("xxxx");
    }
}
