package dev.ormkit.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link PageRequest} is an immutable, validated value: DB-free. */
class PageRequestTest {

    @Test
    void pagesCountFromOneAndEachChangeIsANewValue() {
        PageRequest first = PageRequest.ofSize(20);
        PageRequest third = first.page(3).withTotal();

        assertThat(first.page()).isOne();
        assertThat(first.requestTotal()).isFalse();
        assertThat(third.page()).isEqualTo(3);
        assertThat(third.size()).isEqualTo(20);
        assertThat(third.requestTotal()).isTrue();
    }

    @Test
    void aPageNumberBelowOneOrASizeBelowOneIsRefused() {
        assertThatThrownBy(() -> PageRequest.ofSize(20).page(0))
                .isInstanceOf(InvalidPageRequestException.class).hasMessageContaining("numbered from 1");
        assertThatThrownBy(() -> PageRequest.ofSize(0)).isInstanceOf(InvalidPageRequestException.class);
    }

    @Test
    void aCursorSetsTheDirection() {
        assertThat(PageRequest.ofSize(5).afterCursor("abc").cursor()).contains("abc");
        assertThat(PageRequest.ofSize(5).beforeCursor("abc").direction())
                .isNotEqualTo(PageRequest.ofSize(5).afterCursor("abc").direction());
    }
}
