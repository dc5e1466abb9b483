package echanges.platform;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a module gives the search index for one of its nodes: the module decides the text and
 * what is public; the search module only indexes it. {@code version} grows with every write of
 * the node, and the index keeps the highest, so replays and races never go backwards.
 */
public record SearchDocument(String type, String id, long version, Language language, String title, String text,
                             List<String> tags, Map<String, String> keywords, Instant date) {

    public SearchDocument {
        tags = List.copyOf(tags);
        keywords = Map.copyOf(keywords);
    }
}
