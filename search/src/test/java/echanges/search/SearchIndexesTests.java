package echanges.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import echanges.platform.Language;
import echanges.platform.PageRequest;
import echanges.platform.SearchDocument;
import echanges.platform.SearchDocumentSource;
import echanges.search.server.ElasticsearchClients;
import echanges.search.server.SharedElasticsearch;

/**
 * The indexes on the real server with our plugin: FR/EN relevance (accents, plurals, elision,
 * typos, a French query finding an English item by shared words), facets, autocomplete, and a
 * mapping version change rebuilding the index from the source instead of failing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIndexesTests {

    /** The documents of one type, as a module would give them. */
    static class Documents implements SearchDocumentSource {
        final Map<String, SearchDocument> byId = new ConcurrentHashMap<>();

        @Override public String type() { return "relevance"; }
        @Override public List<SearchDocument> load(Collection<String> ids) { return ids.stream().map(byId::get).filter(d -> d != null).toList(); }
        @Override public List<String> allIds() { return List.copyOf(byId.keySet()); }

        void add(String id, Language language, String title, String text, List<String> tags, String status, String budget) {
            byId.put(id, new SearchDocument("relevance", id, 1, language, title, text, tags, Map.of("status", status), Instant.now())
                    .withBudget(new BigDecimal(budget)).withClosesAt(Instant.now().plusSeconds(86_400 * 3)));
        }
    }

    ElasticsearchClient client;
    Documents documents = new Documents();
    Search search;

    @BeforeAll
    void index() throws IOException {
        client = ElasticsearchClients.of(SharedElasticsearch.server().uri());
        documents.add("1", Language.FR, "Développeurs pour l'application mobile", "Une librairie de cartes.", List.of("mobile"), "PUBLISHED", "20000");
        documents.add("2", Language.EN, "Open data portal", "A software library for public libraries.", List.of("open-data", "portail"), "PUBLISHED", "60000");
        documents.add("3", Language.FR, "Déneigement des rues", "Tournées de déneigement.", List.of("hiver"), "AWARDED", "8000");
        new SearchIndexes(client, List.of(documents)).ensure();
        client.indices().refresh(r -> r.index(SearchIndexes.alias("relevance")));
        search = new Search(client);
    }

    @AfterAll
    void close() throws IOException {
        client.close();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            developpeur,     1
            applications,    1
            librairies,      1
            libraries,       2
            portail,         2
            deneigement,     3
            déneigemant,     3
            """)
    void shouldFindTheDocumentWhateverTheFormOfTheWord(String query, String id) {
        SearchResults results = search.search(query, List.of("relevance"), SearchFilter.NONE, new PageRequest(10, 0));

        assertThat(results.hits()).first().satisfies(hit -> assertThat(hit.id()).isEqualTo(id));
    }

    @Test
    void shouldSayEachHitsLanguageAndCountFacets() {
        SearchResults results = search.search("library librairie", List.of("relevance"), SearchFilter.NONE, SearchSort.BUDGET_HIGHEST, new PageRequest(10, 0));

        assertThat(results.hits()).extracting(SearchHit::id, SearchHit::language).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2", Language.EN), org.assertj.core.groups.Tuple.tuple("1", Language.FR));
        assertThat(results.didYouMean()).isNull();
    }

    @Test
    void shouldSuggestTheIndexedWordWhenNothingMatchesAsTyped() {
        SearchResults results = search.search("deneigemant", List.of("relevance"), SearchFilter.NONE, new PageRequest(10, 0));

        assertThat(results.didYouMean()).isEqualTo("deneigement");
    }

    @Test
    void shouldCompleteFromAnyWordOfTheTitle() {
        assertThat(search.autocomplete("appli", List.of("relevance"), 5)).extracting(Completion::id).containsExactly("1");
        assertThat(search.autocomplete("déne", List.of("relevance"), 5)).extracting(Completion::id).containsExactly("3");
    }

    @Test
    void shouldRebuildWhenTheMappingVersionChanges() throws IOException {
        Documents other = new Documents() {
            @Override public String type() { return "versioned"; }
        };
        other.byId.put("a", new SearchDocument("versioned", "a", 3, Language.FR, "Titre", "Texte", List.of(), Map.of(), Instant.now()));
        new SearchIndexes(client, List.of(other), 7).ensure();
        SearchIndexes current = new SearchIndexes(client, List.of(other), 8);

        assertThat(current.aliasMappingVersion("versioned")).isEqualTo(7);
        assertThat(current.ensure()).containsExactly("versioned");
        assertThat(current.aliasMappingVersion("versioned")).isEqualTo(8);
        assertThat(current.indexedVersions("versioned")).containsExactly(Map.entry("a", 3L));
        assertThat(client.indices().getAlias(a -> a.name(SearchIndexes.alias("versioned"))).result()).hasSize(1);
        assertThat(current.ensure()).isEmpty();
    }

    @Test
    void shouldLeaveARebuildToTheNodeThatHoldsItsLease() throws IOException {
        Documents other = new Documents() {
            @Override public String type() { return "leased"; }
        };
        other.byId.put("a", new SearchDocument("leased", "a", 1, Language.FR, "Titre", "Texte", List.of(), Map.of(), Instant.now()));
        RebuildLease otherNode = new RebuildLease(client);
        SearchIndexes thisNode = new SearchIndexes(client, List.of(other), 9);

        assertThat(otherNode.acquire("leased")).isTrue();
        assertThat(otherNode.acquire("leased")).as("its own lease, after a failed attempt").isTrue();
        assertThat(new RebuildLease(client).acquire("leased")).isFalse();
        assertThat(thisNode.ensure()).isEmpty();
        assertThat(thisNode.aliasMappingVersion("leased")).isNull();

        otherNode.release("leased");
        assertThat(thisNode.ensure()).containsExactly("leased");
        assertThat(thisNode.indexedVersions("leased")).containsExactly(Map.entry("a", 1L));
    }
}
