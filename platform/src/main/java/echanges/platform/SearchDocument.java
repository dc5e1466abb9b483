package echanges.platform;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a module gives the search index for one of its nodes: the module decides the text and
 * what is public; the search module only indexes it. {@code version} grows with every write of
 * the node, and the index keeps the highest, so replays and races never go backwards.
 *
 * <p>{@code keywords} are single values to filter and facet on (status, body, licence, category);
 * {@code facets} are the multi-valued ones (a component's categories or platforms). {@code budget}
 * and {@code closesAt} feed range facets and sorts; {@code completions} are extra phrases offered
 * as the user types (the title and tags always are); {@code reuses} is how many public bodies use
 * the item (a component), for its facet and sort.
 */
public record SearchDocument(String type, String id, long version, Language language, String title, String text,
                             List<String> tags, Map<String, String> keywords, Instant date,
                             Map<String, List<String>> facets, @Nullable BigDecimal budget, @Nullable Instant closesAt,
                             List<String> completions, @Nullable Long reuses) {

    public SearchDocument {
        tags = List.copyOf(tags);
        keywords = Map.copyOf(keywords);
        Map<String, List<String>> copied = new HashMap<>();
        facets.forEach((name, values) -> copied.put(name, List.copyOf(values)));
        facets = Map.copyOf(copied);
        completions = List.copyOf(completions);
    }

    /** A document with text, tags and single-valued keywords only. */
    public SearchDocument(String type, String id, long version, Language language, String title, String text,
                          List<String> tags, Map<String, String> keywords, Instant date) {
        this(type, id, version, language, title, text, tags, keywords, date, Map.of(), null, null, List.of(), null);
    }

    /** The same document with a multi-valued facet (replacing one of that name). */
    public SearchDocument withFacet(String name, Collection<String> values) {
        Map<String, List<String>> more = new HashMap<>(facets);
        more.put(name, List.copyOf(values));
        return new SearchDocument(type, id, version, language, title, text, tags, keywords, date, more, budget, closesAt, completions, reuses);
    }

    /** The same document with an amount to filter, facet and sort on (a challenge's budget ceiling). */
    public SearchDocument withBudget(@Nullable BigDecimal amount) {
        return new SearchDocument(type, id, version, language, title, text, tags, keywords, date, facets, amount, closesAt, completions, reuses);
    }

    /** The same document with a closing instant to filter, facet and sort on. */
    public SearchDocument withClosesAt(@Nullable Instant closing) {
        return new SearchDocument(type, id, version, language, title, text, tags, keywords, date, facets, budget, closing, completions, reuses);
    }

    /** The same document offering these phrases to autocomplete (a handle, a name). */
    public SearchDocument withCompletions(List<String> phrases) {
        return new SearchDocument(type, id, version, language, title, text, tags, keywords, date, facets, budget, closesAt, phrases, reuses);
    }

    /** The same document with how many public bodies reuse it. */
    public SearchDocument withReuses(long bodies) {
        return new SearchDocument(type, id, version, language, title, text, tags, keywords, date, facets, budget, closesAt, completions, bodies);
    }
}
