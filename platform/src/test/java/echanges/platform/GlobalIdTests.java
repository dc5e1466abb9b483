package echanges.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GlobalIdTests {

    @Test
    void shouldRoundTripATypeAndAnId() {
        String encoded = GlobalId.encode("Challenge", "5d1f-uuid");

        assertThat(GlobalId.parse(encoded)).isEqualTo(new GlobalId("Challenge", "5d1f-uuid"));
        assertThat(GlobalId.expect(encoded, "Challenge")).isEqualTo("5d1f-uuid");
    }

    @Test
    void shouldRefuseAnIdOfAnotherType() {
        String encoded = GlobalId.encode("Post", "1");

        assertThatThrownBy(() -> GlobalId.expect(encoded, "Challenge")).isInstanceOf(PlatformException.InvalidArgument.class)
                .hasMessageContaining("not of a Challenge");
    }

    @Test
    void shouldRefuseGarbage() {
        assertThatThrownBy(() -> GlobalId.parse("%%%")).isInstanceOf(PlatformException.InvalidArgument.class);
        assertThatThrownBy(() -> GlobalId.parse(java.util.Base64.getUrlEncoder().encodeToString("nocolon".getBytes())))
                .isInstanceOf(PlatformException.InvalidArgument.class);
    }
}
