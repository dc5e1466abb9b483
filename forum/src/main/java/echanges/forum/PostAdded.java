package echanges.forum;

/** Event: a post was added to a thread (the first post included). */
public record PostAdded(String threadId, String postId) {
}
