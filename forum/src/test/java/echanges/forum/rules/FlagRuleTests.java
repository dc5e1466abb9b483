package echanges.forum.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlagRuleTests {

    @ParameterizedTest
    @CsvSource(textBlock = """
            # flags, hidden pending review (threshold: 3)
            0,       false
            2,       false
            3,       true
            4,       true
            """)
    void shouldHideAPostAtTheThreshold(int flags, boolean hidden) {
        assertThat(FlagRule.hidesPost(flags, ForumSettings.DEFAULTS)).isEqualTo(hidden);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # flags to hide, flags, hidden
            1,               0,     false
            1,               1,     true
            5,               4,     false
            5,               5,     true
            """)
    void shouldApplyTheSettingsOwnThreshold(int flagsToHide, int flags, boolean hidden) {
        ForumSettings settings = Settings.defaultsWith("flagsToHide", flagsToHide);

        assertThat(FlagRule.hidesPost(flags, settings)).isEqualTo(hidden);
    }

    @Test
    void shouldRefuseANegativeCount() {
        assertThatThrownBy(() -> FlagRule.hidesPost(-1, ForumSettings.DEFAULTS)).isInstanceOf(IllegalArgumentException.class);
    }
}
