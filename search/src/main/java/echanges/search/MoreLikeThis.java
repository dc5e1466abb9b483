package echanges.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.query_dsl.Like;
import co.elastic.clients.elasticsearch.core.SearchResponse;

/**
 * "More like this": documents whose title and text resemble a given text or an indexed document,
 * through the folded, French and English analyses at once, so that a French need finds an
 * English description of the same thing once stemmed words meet. Generic over search types; the
 * caller resolves each hit through its module with the viewer's rights, as for any search.
 */
public final class MoreLikeThis {

    /** A similar document and its relevance (higher is closer; not comparable across queries). */
    public record Hit(String type, String id, double score) {
    }

    private static final List<String> FIELDS = List.of("title", "title.fr", "title.en", "text", "text.fr", "text.en");
    private static final int MAX_LIKE_TEXT = 20_000;
    /**
     * Words too common to say what a text is about; the indexes keep them (a search for a phrase
     * needs them), so the query leaves them out itself.
     */
    private static final List<String> STOP_WORDS = List.of(
            "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is", "it", "its", "of", "on", "or",
            "that", "the", "their", "this", "to", "was", "we", "will", "with", "our", "can", "which",
            "au", "aux", "avec", "ce", "ces", "dans", "de", "des", "du", "elle", "en", "et", "est", "il", "ils", "la", "le", "les",
            "leur", "leurs", "mais", "ne", "nous", "ou", "par", "pas", "pour", "qui", "que", "sa", "se", "ses", "son", "sont",
            "sur", "un", "une", "d", "l", "qu", "s", "y");

    private final ElasticsearchClient client;

    public MoreLikeThis(ElasticsearchClient client) {
        this.client = client;
    }

    /** Documents of {@code types} resembling a text (for instance a title and a description). */
    public List<Hit> likeText(String text, Collection<String> types, int size) {
        String like = text.length() > MAX_LIKE_TEXT ? text.substring(0, MAX_LIKE_TEXT) : text;
        if (like.isBlank()) return List.of();
        return query(Like.of(l -> l.text(like)), types, size);
    }

    /** Documents of {@code types} resembling an indexed document; the document itself is left out. */
    public List<Hit> likeDocument(String type, String id, Collection<String> types, int size) {
        return query(Like.of(l -> l.document(d -> d.index(SearchIndexes.alias(type)).id(id))), types, size);
    }

    private List<Hit> query(Like like, Collection<String> types, int size) {
        if (types.isEmpty() || size < 1) return List.of();
        try {
            SearchResponse<Map> response = client.search(s -> s
                    .index(types.stream().map(SearchIndexes::alias).toList())
                    .ignoreUnavailable(true)
                    .query(q -> q.moreLikeThis(m -> m.fields(FIELDS).like(like)
                            // Our documents are short and few: a word seen once, in one document, still counts.
                            .minTermFreq(1).minDocFreq(1).maxQueryTerms(40).minimumShouldMatch("20%")
                            .stopWords(STOP_WORDS)))
                    .source(src -> src.filter(f -> f.includes("type")))
                    .size(size), Map.class);
            return response.hits().hits().stream()
                    .map(h -> new Hit(String.valueOf(h.source().get("type")), h.id(), h.score() == null ? 0 : h.score()))
                    .toList();
        } catch (IOException | ElasticsearchException e) {
            throw new SearchException.Unavailable(e);
        }
    }
}
