/**
 * Token filters for the Elasticsearch stable plugin API, named {@code echanges_*} in index settings.
 *
 * <p>The Elasticsearch server we run is the bare core, without the analysis-common module, so it has
 * no lowercase, folding, elision or stemming filter of its own. These classes wrap the Lucene filters
 * the distribution already ships ({@code lib/lucene-analysis-common}). Elasticsearch finds them
 * through {@code named_components.json} and creates them with their public no-argument constructor.
 */
@NullMarked
package echanges.analysis;

import org.jspecify.annotations.NullMarked;
