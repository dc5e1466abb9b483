/** Real servers for tests: Neo4j through its harness and Elasticsearch from the distribution. */
@NullMarked
package echanges.testing;

import org.jspecify.annotations.NullMarked;
