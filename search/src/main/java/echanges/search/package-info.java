/**
 * Search: the indexes built from the graph, the outbox drain that keeps them in sync, and the
 * query. {@link echanges.search.Search} (search, facets, autocomplete), {@link echanges.search.OutboxDrain},
 * {@link echanges.search.SearchIndexes} (versioned indexes, rebuilds), {@link echanges.search.Consistency}
 * (drift between graph and index), {@link echanges.search.SavedSearches} (saved searches and their
 * alerts) and {@link echanges.search.MoreLikeThis} are the module's API; {@code echanges.search.server}
 * runs the local Elasticsearch of the embedded default.
 */
@NullMarked
package echanges.search;

import org.jspecify.annotations.NullMarked;
