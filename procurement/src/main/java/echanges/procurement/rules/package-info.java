/**
 * The regulation's rules as plain Java: no Spring, no Neo4j, time passed in. Section numbers
 * refer to the regulation (shared/seeds/001).
 */
@NullMarked
package echanges.procurement.rules;

import org.jspecify.annotations.NullMarked;
