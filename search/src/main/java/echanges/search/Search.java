package echanges.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
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

    /** Narrows a search to documents with these properties; null means any. */
    public record Filter(@Nullable String category, @Nullable String tag, @Nullable String author, @Nullable Boolean solved) {
        public static final Filter NONE = new Filter(null, null, null, null);

        private List<Query> terms() {
            List<Query> terms = new ArrayList<>();
            if (category != null) terms.add(term("keywords.category", category));
            if (tag != null) terms.add(term("tags", tag.strip().toLowerCase(Locale.ROOT)));
            if (author != null) terms.add(term("keywords.author", author.strip().toLowerCase(Locale.ROOT)));
            if (solved != null) terms.add(term("keywords.solved", solved.toString()));
            return terms;
        }

        private static Query term(String field, String value) {
            return Query.of(q -> q.term(t -> t.field(field).value(value)));
        }
    }

    /** Searches the given types for the query's words. */
    public SearchResults search(String query, Collection<String> types, Filter filter, PageRequest page) {
        String text = query.strip();
        if (text.isEmpty() || text.length() > MAX_QUERY)
            throw new SearchException.InvalidQuery("a search query has 1 to " + MAX_QUERY + " characters");
        List<String> indexes = types.stream().map(SearchIndexes::alias).toList();
        try {
            SearchResponse<Map> response = client.search(s -> s
                    .index(indexes)
                    .ignoreUnavailable(true)
                    .query(q -> q.bool(b -> b
                            .must(m -> m.multiMatch(mm -> mm.query(text).fields(FIELDS).type(TextQueryType.MostFields)))
                            .filter(filter.terms())))
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
