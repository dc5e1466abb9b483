package echanges.search;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import echanges.platform.Language;
import echanges.platform.PageRequest;

/**
 * Full-text search over the indexes. Title and text are matched through their folded, French
 * and English analyses at once, so accents, plurals and elisions do not matter in either
 * language. The indexes hold only public documents; callers still resolve each hit through the
 * graph with the viewer's rights, so a stale hit never shows more than the graph would.
 */
public final class Search {

    private static final int MAX_QUERY = 500;
    private static final List<String> FIELDS = List.of("title^3", "title.fr^3", "title.en^3", "tags.text^2", "text", "text.fr", "text.en");

    private final ElasticsearchClient client;

    public Search(ElasticsearchClient client) {
        this.client = client;
    }

    /** Searches the given types (all when empty) for the query's words. */
    public SearchResults search(String query, Collection<String> types, PageRequest page) {
        String text = query.strip();
        if (text.isEmpty() || text.length() > MAX_QUERY)
            throw new SearchException.InvalidQuery("a search query has 1 to " + MAX_QUERY + " characters");
        List<String> indexes = types.stream().map(SearchIndexes::alias).toList();
        try {
            SearchResponse<Map> response = client.search(s -> s
                    .index(indexes)
                    .ignoreUnavailable(true)
                    .query(q -> q.multiMatch(m -> m.query(text).fields(FIELDS).type(TextQueryType.MostFields)))
                    .highlight(h -> h.preTags("<em>").postTags("</em>")
                            .fields("title*", f -> f.numberOfFragments(0))
                            .fields("text*", f -> f.fragmentSize(160).numberOfFragments(3))
                            .fields("tags.text", f -> f.numberOfFragments(0))
                            .requireFieldMatch(true))
                    .source(src -> src.filter(f -> f.includes("type", "language")))
                    .trackTotalHits(t -> t.enabled(true))
                    .from(page.offset()).size(page.limitPlusOne()), Map.class);
            List<SearchHit> hits = response.hits().hits().stream().map(Search::toHit).toList();
            return new SearchResults(hits, response.hits().total() == null ? hits.size() : response.hits().total().value());
        } catch (IOException | ElasticsearchException e) {
            throw new SearchException.Unavailable(e);
        }
    }

    private static SearchHit toHit(Hit<Map> hit) {
        Map<?, ?> source = hit.source();
        Map<String, Set<String>> merged = new LinkedHashMap<>();
        // title, title.fr and title.en often highlight the same words: show each fragment once per field.
        hit.highlight().forEach((field, fragments) -> merged.computeIfAbsent(baseField(field), k -> new LinkedHashSet<>()).addAll(fragments));
        Map<String, List<String>> highlights = new LinkedHashMap<>();
        merged.forEach((field, fragments) -> highlights.put(field, List.copyOf(fragments)));
        return new SearchHit(String.valueOf(source.get("type")), hit.id(), hit.score() == null ? 0 : hit.score(),
                Language.valueOf(String.valueOf(source.get("language"))), highlights);
    }

    private static String baseField(String field) {
        int dot = field.indexOf('.');
        return dot < 0 ? field : field.substring(0, dot);
    }
}
