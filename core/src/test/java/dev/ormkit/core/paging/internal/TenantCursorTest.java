package dev.ormkit.core.paging.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormkit.core.paging.InvalidCursorException;
import dev.ormkit.core.paging.internal.CursorCodec.Position;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cursor issued to a tenant is signed with it: it reads back for that tenant only, and cannot be re-tenanted. */
class TenantCursorTest {

    private static final String ORDER = "title asc, id asc";

    private final CursorCodec codec = new CursorCodec("a-secret-of-at-least-thirty-two-bytes!!".getBytes(
            StandardCharsets.UTF_8));
    private final Position acme = new Position("Book", ORDER, List.of("Dune", "0193a0a0-0000-7000-8000-000000000001"),
            "acme");

    @Test
    void aTenantsCursorReadsBackForThatTenant() {
        String cursor = codec.encode(acme).orElseThrow();

        assertThat(codec.decode(cursor, "Book", ORDER, "acme")).isEqualTo(acme);
    }

    @Test
    void aTenantsCursorIsRefusedToAnotherTenantAndWithoutTenantNamingNeither() {
        String cursor = codec.encode(acme).orElseThrow();

        assertThatThrownBy(() -> codec.decode(cursor, "Book", ORDER, "globex"))
                .isInstanceOf(InvalidCursorException.class).hasMessageContaining("issued to another tenant")
                .hasMessageNotContaining("acme").hasMessageNotContaining("globex");
        assertThatThrownBy(() -> codec.decode(cursor, "Book", ORDER, null))
                .isInstanceOf(InvalidCursorException.class).hasMessageContaining("reads without one");
    }

    @Test
    void aCursorWithoutTenantIsRefusedToATenantAndStillReadsWithoutOne() {
        Position plain = new Position("Book", ORDER, List.of("Dune", "0193a0a0-0000-7000-8000-000000000001"));
        String cursor = codec.encode(plain).orElseThrow();

        assertThat(codec.decode(cursor, "Book", ORDER)).isEqualTo(plain);
        assertThatThrownBy(() -> codec.decode(cursor, "Book", ORDER, "acme"))
                .isInstanceOf(InvalidCursorException.class).hasMessageContaining("issued without a tenant");
    }

    @Test
    void rewritingTheTenantInsideACursorBreaksItsSignature() {
        String cursor = codec.encode(acme).orElseThrow();
        int dot = cursor.indexOf('.');
        byte[] payload = Base64.getUrlDecoder().decode(cursor.substring(0, dot));
        String text = new String(payload, StandardCharsets.ISO_8859_1).replace("acme", "evil");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.ISO_8859_1))
                + cursor.substring(dot);

        assertThatThrownBy(() -> codec.decode(forged, "Book", ORDER, "evil"))
                .isInstanceOf(InvalidCursorException.class).hasMessageContaining("signature");
    }
}
