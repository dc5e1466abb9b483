/**
 * The Elasticsearch server we run ourselves, and how to talk to it.
 *
 * <p>{@link echanges.search.server.LocalElasticsearch} runs the distribution the build unpacks into
 * {@code search/target}, with our analysis plugin installed; {@link echanges.search.server.ElasticsearchClients}
 * builds clients for it; {@link echanges.search.server.AnalysisSettings} holds the analyzers that only
 * that plugin makes possible.
 */
@NullMarked
package echanges.search.server;

import org.jspecify.annotations.NullMarked;
