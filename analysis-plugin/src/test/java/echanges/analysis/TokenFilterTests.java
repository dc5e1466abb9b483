package echanges.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenFilterTests {

    @Nested
    class French {

        final Analysis french = Analysis.of(
                new FrenchElision(), new Lowercasing(), new AccentFolding(), new FrenchStemming());

        @ParameterizedTest
        @CsvSource(textBlock = """
                Développeurs,   developpeur
                librairies,     librairie
                l'application,  application
                L’Application,  application
                """)
        void shouldIndexAVariantLikeTheWordSearchedFor(String indexed, String searched) {
            assertThat(french.terms(indexed)).isEqualTo(french.terms(searched));
        }

        @Test
        void shouldRemoveElidedArticlesWithEitherApostrophe() {
            assertThat(Analysis.of(new FrenchElision()).terms("l'offre d’achat qu'il jusqu'ici"))
                    .containsExactly("offre", "achat", "il", "ici");
        }

        @Test
        void shouldKeepApostrophesThatAreNotElisions() {
            assertThat(Analysis.of(new FrenchElision()).terms("aujourd'hui")).containsExactly("aujourd'hui");
        }
    }

    @Nested
    class English {

        final Analysis english = Analysis.of(
                new EnglishPossessive(), new Lowercasing(), new AccentFolding(), new EnglishStemming());

        @ParameterizedTest
        @CsvSource(textBlock = """
                libraries,       library
                Council's,       council
                integrations,    integration
                """)
        void shouldIndexAVariantLikeTheWordSearchedFor(String indexed, String searched) {
            assertThat(english.terms(indexed)).isEqualTo(english.terms(searched));
        }

        @Test
        void shouldRemovePossessives() {
            assertThat(Analysis.of(new EnglishPossessive()).terms("the council's tender"))
                    .containsExactly("the", "council", "tender");
        }
    }

    @Nested
    class Folding {

        final Analysis folded = Analysis.of(new Lowercasing(), new AccentFolding());

        @Test
        void shouldLowercaseAndRemoveAccents() {
            assertThat(folded.terms("Œuvre Élégante ÇA")).containsExactly("oeuvre", "elegante", "ca");
        }

        @Test
        void shouldNormalizeQueryTermsLikeIndexedOnes() {
            assertThat(folded.normalized("Dévelop*")).isEqualTo("develop*");
        }

        @Test
        void shouldNotStem() {
            assertThat(folded.terms("développeurs")).containsExactly("developpeurs");
        }
    }
}
