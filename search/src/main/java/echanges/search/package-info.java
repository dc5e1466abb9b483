/**
 * Search: the indexes built from the graph, the outbox drain that keeps them in sync, and the
 * query. {@link echanges.search.Search} and {@link echanges.search.OutboxDrain} are the module's API;
 * {@code echanges.search.server} runs the local Elasticsearch of the embedded default.
 */
@NullMarked
package echanges.search;

import org.jspecify.annotations.NullMarked;
