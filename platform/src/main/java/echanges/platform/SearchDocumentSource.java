package echanges.platform;

import java.util.Collection;
import java.util.List;

/**
 * A module's searchable nodes of one type. A node that is gone or must not be public (a draft, a
 * hidden post) is simply absent from {@link #load}, and the search module removes it.
 */
public interface SearchDocumentSource {

    /** The search type, e.g. {@code challenge}; also the outbox entry's type. */
    String type();

    /** The documents of those of {@code ids} that exist and are public, in one round trip. */
    List<SearchDocument> load(Collection<String> ids);

    /** Every id of this type that {@link #load} would return, to rebuild the index from the graph. */
    List<String> allIds();
}
