package echanges.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageRequestTests {

    @Test
    void shouldPageThroughAListWithCursors() {
        PageRequest first = PageRequest.of(2, null);
        Connection<String> page1 = first.toConnection(List.of("a", "b", "c"), 5);

        PageRequest second = PageRequest.of(2, page1.pageInfo().endCursor());
        Connection<String> page2 = second.toConnection(List.of("c", "d", "e"), 5);

        assertThat(page1.nodes()).containsExactly("a", "b");
        assertThat(page1.pageInfo().hasNextPage()).isTrue();
        assertThat(page1.pageInfo().hasPreviousPage()).isFalse();
        assertThat(second.offset()).isEqualTo(2);
        assertThat(page2.nodes()).containsExactly("c", "d");
        assertThat(page2.pageInfo().hasPreviousPage()).isTrue();
        assertThat(page2.totalCount()).isEqualTo(5);
    }

    @Test
    void shouldRefusePagesOutsideOneToOneHundred() {
        assertThatThrownBy(() -> PageRequest.of(0, null)).isInstanceOf(PlatformException.InvalidArgument.class);
        assertThatThrownBy(() -> PageRequest.of(101, null)).isInstanceOf(PlatformException.InvalidArgument.class);
        assertThat(PageRequest.of(null, null).first()).isEqualTo(PageRequest.DEFAULT_PAGE);
    }

    @Test
    void shouldRefuseAForgedCursor() {
        assertThatThrownBy(() -> PageRequest.of(10, "Zm9vOjE")).isInstanceOf(PlatformException.InvalidArgument.class);
    }
}
