package echanges.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import echanges.platform.Language;
import echanges.platform.SearchDocument;

/** Saved-search matching in memory, with the index's analyses: accents, plurals, elision, English stems, typos. */
class AlertMatcherTests {

    @ParameterizedTest
    @CsvSource(textBlock = """
            Location de vélos électriques,  velo electrique,        true
            Location de vélos électriques,  vélo,                   true
            L'application des bibliothèques, application bibliotheque, true
            Public libraries catalogue,     library,                true
            Public libraries catalogue,     bibliothèque,           false
            Tableau de bord municipal,      tablaeu,                true
            Location de vélos électriques,  velo deneigement,       false
            Déneigement des rues,           vélo,                   false
            """)
    void shouldMatchAsTheSearchDoes(String title, String query, boolean matches) {
        SearchDocument doc = new SearchDocument("challenge", "1", 1, Language.FR, title, "", List.of("mobilite"), Map.of(), Instant.now());

        assertThat(AlertMatcher.matches(AlertMatcher.index(doc), query)).isEqualTo(matches);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            PUBLISHED, 20000, true
            AWARDED,   20000, false
            PUBLISHED, 95000, false
            """)
    void shouldApplyTheFilterInJava(String status, String budget, boolean matches) {
        SearchDocument doc = new SearchDocument("challenge", "1", 1, Language.FR, "Titre", "", List.of(), Map.of("status", status), Instant.now())
                .withBudget(new java.math.BigDecimal(budget));
        SearchFilter filter = new SearchFilter(null, null, null, null, List.of("PUBLISHED"), null, null, null, new java.math.BigDecimal("90000"), null, null,
                null, null, null, null);

        assertThat(filter.matches(doc)).isEqualTo(matches);
    }
}
