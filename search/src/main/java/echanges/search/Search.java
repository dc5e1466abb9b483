package echanges.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.elasticsearch.core.search.TermSuggest;
import co.elastic.clients.elasticsearch.core.search.TermSuggestOption;
import echanges.platform.Language;
import echanges.platform.PageRequest;

/**
 * Full-text search over the indexes. Title, tags and text are matched through their folded, French
 * and English analyses at once, so accents, plurals and elisions do not matter in either language,
 * and a French query finds an English item through the words they share. Typos are tolerated by
 * a second, fuzzy clause that scores below exact matches (so precision holds), and when no hit
 * matched the words as typed the response proposes a corrected query.
 *
 * <p>The indexes hold only public documents; callers still resolve each hit through the graph
 * with the viewer's rights, so a stale hit never shows more than the graph would.
 */
public final class Search {

    private static final int MAX_QUERY = 500;
    private static final String EXACT = "exact";
    static final List<String> FIELDS = List.of("title^3", "title.fr^3", "title.en^3", "tags.text^2", "text", "text.fr", "text.en");
    /** Fuzzy matching on the folded fields only: stemmed forms are no words to measure edits from. */
    private static final List<String> FUZZY_FIELDS = List.of("title^3", "tags.text^2", "text");

    private final ElasticsearchClient client;

    public Search(ElasticsearchClient client) {
        this.client = client;
    }

    /** Searches the given types for the query's words, best first. */
    public SearchResults search(String query, Collection<String> types, SearchFilter filter, PageRequest page) {
        return search(query, types, filter, SearchSort.RELEVANCE, page);
    }

    /** Searches the given types for the query's words, in this order, with facet counts. */
    public SearchResults search(String query, Collection<String> types, SearchFilter filter, SearchSort sort, PageRequest page) {
        String text = checked(query);
        List<String> indexes = types.stream().map(SearchIndexes::alias).toList();
        try {
            SearchResponse<Map> response = client.search(s -> s
                    .index(indexes)
                    .ignoreUnavailable(true)
                    .query(q -> q.bool(b -> b
                            .should(x -> x.multiMatch(mm -> mm.query(text).fields(FIELDS).type(TextQueryType.MostFields).queryName(EXACT)))
                            .should(x -> x.multiMatch(mm -> mm.query(text).fields(FUZZY_FIELDS).type(TextQueryType.BestFields)
                                    .operator(Operator.And).fuzziness("AUTO").prefixLength(1).maxExpansions(20).boost(0.2f)))
                            .minimumShouldMatch("1")
                            .filter(filter.queries())))
                    .sort(sortOptions(sort))
                    .aggregations(Facets.aggregations(types))
                    .suggest(sg -> sg.text(text)
                            .suggesters("titleTerms", f -> f.term(t -> t.field("title").size(3)))
                            .suggesters("textTerms", f -> f.term(t -> t.field("text").size(3))))
                    .highlight(h -> h.preTags("<em>").postTags("</em>")
                            .fields("title*", f -> f.numberOfFragments(0))
                            .fields("text*", f -> f.fragmentSize(160).numberOfFragments(3))
                            .fields("tags.text", f -> f.numberOfFragments(0))
                            .requireFieldMatch(true))
                    .source(src -> src.filter(f -> f.includes("type", "language")))
                    .trackTotalHits(t -> t.enabled(true))
                    .from(page.offset()).size(page.limitPlusOne()), Map.class);
            List<SearchHit> hits = response.hits().hits().stream().map(Search::toHit).toList();
            long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
            boolean matchedAsTyped = response.hits().hits().stream().anyMatch(h -> h.matchedQueries().contains(EXACT));
            String didYouMean = matchedAsTyped && total > 0 ? null : didYouMean(text, response.suggest());
            return new SearchResults(hits, total, Facets.read(response.aggregations()), didYouMean);
        } catch (IOException | ElasticsearchException e) {
            throw new SearchException.Unavailable(e);
        }
    }

    /**
     * Completes what the user is typing, from titles, tags and names (and people's handles), with
     * typos forgiven from five letters on (after the first two). Only public documents are indexed, so drafts never
     * appear here.
     */
    public List<Completion> autocomplete(String prefix, Collection<String> types, int size) {
        String text = prefix.strip();
        if (text.isEmpty() || text.length() > 100) throw new SearchException.InvalidQuery("a prefix has 1 to 100 characters");
        if (size < 1 || size > PageRequest.MAX_PAGE) throw new SearchException.InvalidQuery("first must be between 1 and " + PageRequest.MAX_PAGE);
        List<String> indexes = types.stream().map(SearchIndexes::alias).toList();
        try {
            SearchResponse<Map> response = client.search(s -> s.index(indexes).ignoreUnavailable(true).size(0)
                    .source(src -> src.filter(f -> f.includes("type")))
                    .suggest(sg -> sg.suggesters("complete", f -> f.prefix(text).completion(c -> c.field("suggest")
                            // Several inputs of one document may match: ask for more, keep each document once. Not
                            // skip_duplicates: it drops by text, and a person's handle may also end a body's name.
                            .size(size * 3)
                            .fuzzy(z -> z.fuzziness(text.length() < 5 ? "0" : "AUTO").prefixLength(2))))), Map.class);
            Map<String, Completion> byDocument = new LinkedHashMap<>();
            for (Suggestion<Map> suggestion : response.suggest().getOrDefault("complete", List.of()))
                for (CompletionSuggestOption<Map> option : suggestion.completion().options()) {
                    String type = option.source() == null ? SearchIndexes.typeOfIndex(option.index()) : String.valueOf(option.source().get("type"));
                    byDocument.putIfAbsent(type + "/" + option.id(),
                            new Completion(type, option.id(), option.text(), option.score() == null ? 0 : option.score()));
                }
            return byDocument.values().stream().limit(size).toList();
        } catch (IOException | ElasticsearchException e) {
            throw new SearchException.Unavailable(e);
        }
    }

    private static String checked(String query) {
        String text = query.strip();
        if (text.isEmpty() || text.length() > MAX_QUERY)
            throw new SearchException.InvalidQuery("a search query has 1 to " + MAX_QUERY + " characters");
        return text;
    }

    private static List<SortOptions> sortOptions(SearchSort sort) {
        SortOptions score = SortOptions.of(o -> o.score(x -> x.order(SortOrder.Desc)));
        return switch (sort) {
            case RELEVANCE -> List.of(score);
            case NEWEST -> List.of(field("date", SortOrder.Desc), score);
            case CLOSING_SOONEST -> List.of(field("closesAt", SortOrder.Asc), score);
            case BUDGET_HIGHEST -> List.of(field("budget", SortOrder.Desc), score);
            case BUDGET_LOWEST -> List.of(field("budget", SortOrder.Asc), score);
            case MOST_REUSED -> List.of(field("reuses", SortOrder.Desc), score);
        };
    }

    private static SortOptions field(String name, SortOrder order) {
        return SortOptions.of(o -> o.field(f -> f.field(name).order(order).missing("_last")));
    }

    /**
     * The query with each word the index does not know replaced by its best-known neighbour, from
     * titles and texts; null when there is nothing to correct.
     */
    private static @Nullable String didYouMean(String query, Map<String, List<Suggestion<Map>>> suggest) {
        // By position in the query: the best replacement among both fields' suggestions.
        Map<Integer, TermSuggest> words = new TreeMap<>();
        Map<Integer, TermSuggestOption> best = new TreeMap<>();
        for (List<Suggestion<Map>> suggestions : suggest.values())
            for (Suggestion<Map> s : suggestions) {
                if (!s.isTerm()) continue;
                TermSuggest word = s.term();
                words.putIfAbsent(word.offset(), word);
                word.options().stream().max(Comparator.comparingDouble(TermSuggestOption::score).thenComparingLong(TermSuggestOption::freq))
                        .ifPresent(o -> best.merge(word.offset(), o, (a, b) -> b.score() > a.score() || b.score() == a.score() && b.freq() > a.freq() ? b : a));
            }
        if (best.isEmpty()) return null;
        StringBuilder corrected = new StringBuilder(query);
        // From the end, so that earlier offsets stay valid.
        List<Integer> offsets = new ArrayList<>(best.keySet());
        for (int i = offsets.size() - 1; i >= 0; i--) {
            TermSuggest word = words.get(offsets.get(i));
            if (word.offset() + word.length() <= corrected.length())
                corrected.replace(word.offset(), word.offset() + word.length(), best.get(offsets.get(i)).text());
        }
        String result = corrected.toString();
        return result.equalsIgnoreCase(query) ? null : result;
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
