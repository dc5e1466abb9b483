package echanges.catalogue.reuse;

import java.util.Collection;
import java.util.List;

/**
 * Finds indexed documents whose text resembles a text, in French and English. The catalogue
 * does not depend on the search module; the application implements this with it.
 */
@FunctionalInterface
public interface TextSimilarity {

    /** A similar document of a search type, with its relevance (higher is closer). */
    record Hit(String type, String id, double score) {
    }

    /** At most {@code size} documents of {@code types} resembling {@code likeText}, best first. */
    List<Hit> similar(String likeText, Collection<String> types, int size);
}
