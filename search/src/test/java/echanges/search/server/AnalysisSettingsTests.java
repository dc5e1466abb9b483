package echanges.search.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.search.Hit;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisSettingsTests {

    static final String INDEX = "analysis-settings-tests";

    ElasticsearchClient client;

    @BeforeAll
    void createIndex() throws IOException {
        client = ElasticsearchClients.of(SharedElasticsearch.server().uri());
        client.indices().delete(d -> d.index(INDEX).ignoreUnavailable(true));
        client.indices().create(c -> c.index(INDEX)
                .settings(AnalysisSettings.builder().numberOfReplicas("0").build())
                .mappings(m -> m.properties("text", p -> p.text(t -> t.analyzer(AnalysisSettings.FOLDED)
                        .fields("fr", f -> f.text(x -> x.analyzer(AnalysisSettings.FRENCH)))
                        .fields("en", f -> f.text(x -> x.analyzer(AnalysisSettings.ENGLISH)))))));
        for (String text : List.of("Développeurs Java", "une librairie", "a software library",
                "l'application mobile", "the council's tender"))
            client.index(i -> i.index(INDEX).document(Map.of("text", text)).refresh(Refresh.True));
    }

    @AfterAll
    void close() throws IOException {
        client.close();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            text.fr,  developpeur,  Développeurs Java
            text.fr,  librairies,   une librairie
            text.fr,  application,  l'application mobile
            text.en,  libraries,    a software library
            text.en,  council,      the council's tender
            text,     developpeurs, Développeurs Java
            text,     LIBRAIRIE,    une librairie
            """)
    void shouldFindTheDocumentWhoseWordsVaryFromTheQuery(String field, String query, String found) throws IOException {
        assertThat(search(field, query)).containsExactly(found);
    }

    @Test
    void shouldNotStemTheFoldedField() throws IOException {
        assertThat(search("text", "developpeur")).isEmpty();
    }

    @Test
    void shouldFoldAccentsWhenAnalysingQueries() throws IOException {
        var tokens = client.indices().analyze(a -> a.index(INDEX).analyzer(AnalysisSettings.FRENCH)
                .text("L’Équipe des Développeurs")).tokens();

        assertThat(tokens).extracting(t -> t.token()).doesNotContain("l’equipe").allMatch(t -> t.chars().allMatch(c -> c < 128));
    }

    private List<String> search(String field, String query) throws IOException {
        return client.search(s -> s.index(INDEX).query(q -> q.match(m -> m.field(field).query(query))), Map.class)
                .hits().hits().stream()
                .map(Hit::source)
                .map(source -> (String) source.get("text"))
                .toList();
    }
}
