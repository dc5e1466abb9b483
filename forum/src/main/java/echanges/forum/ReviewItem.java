package echanges.forum;

import java.util.List;

/** A flagged or hidden post waiting for a moderator. */
public record ReviewItem(Post post, List<Flag> flags) {
}
