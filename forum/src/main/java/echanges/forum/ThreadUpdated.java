package echanges.forum;

/** Event: something visible in a thread changed (a post, an edit, a vote, a moderation). */
public record ThreadUpdated(String threadId) {
}
