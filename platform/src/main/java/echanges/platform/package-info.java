/**
 * Shared plumbing every module stands on: the {@link echanges.platform.Graph} gateway to Neo4j,
 * global ids, Relay pages, the viewer, tags, the search outbox and the event bus.
 */
@NullMarked
package echanges.platform;

import org.jspecify.annotations.NullMarked;
