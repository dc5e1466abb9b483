/**
 * The forum: threads about challenges, components or anything else, and their posts.
 * {@link echanges.forum.Forum} is the module's API.
 */
@NullMarked
package echanges.forum;

import org.jspecify.annotations.NullMarked;
