package echanges.forum;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import echanges.platform.Language;

class LanguageGuessTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Quelle librairie de routage utilisez-vous pour le calcul des tournées?  | FR
            Which library do you use for the routing, and is it maintained?         | EN
            Merci!                                                                   | FR
            The API of the portal is documented in the wiki of the project.         | EN
            """)
    void shouldGuessTheLanguageOfAPost(String text, Language expected) {
        assertThat(LanguageGuess.of(text)).isEqualTo(expected);
    }
}
