/**
 * The forum's rules as plain Java: no Spring, no Neo4j, no GraphQL, time passed in as an
 * {@link java.time.Instant}. They follow Discourse's, which developers already know: trust levels
 * earned by reading, posting limits that relax with them, flags that hide a post for review, and
 * an edit grace period. Thresholds live in {@link echanges.forum.rules.ForumSettings}.
 */
@NullMarked
package echanges.forum.rules;

import org.jspecify.annotations.NullMarked;
