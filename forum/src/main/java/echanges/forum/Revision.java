package echanges.forum;

import java.time.Instant;

/** A version of a post's text: number 1 is the original. */
public record Revision(String postId, int number, String body, String editorId, Instant editedAt) {
}
