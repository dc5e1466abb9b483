package echanges.forum.rules;

import java.time.Instant;

/** One of the author's own recent posts, as much as {@link PostingLimits} needs of it. */
public record RecentPost(Instant at, PostKind kind) {
}
