package echanges.forum;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A message of a thread. {@code authorId} is who wrote it, for the rules; an {@code anonymous}
 * post (a supplier's question) shows its author to nobody else ({@link Forum#shownAuthorId}). An
 * {@code official} post is the issuing body's answer to a question.
 *
 * A message of a thread: its Markdown as written and its sanitised HTML. A deleted post keeps its
 * place with no text; a hidden one shows its text only to moderators and its author.
 */
public record Post(String id, String threadId, String authorId, String body, String html, @Nullable String replyToId,
                   Instant createdAt, @Nullable Instant editedAt, boolean deleted, boolean hidden, int depth,
                   int voteCount, boolean viewerHasVoted, boolean accepted, boolean anonymous, boolean official) {

    /** The post as this viewer may see it: a hidden post's text is for moderators and its author. */
    Post withoutTextUnlessAuthor(String viewerId, boolean moderator) {
        return !hidden || moderator || authorId.equals(viewerId) ? this : withoutText();
    }

    /** The post as a viewer who may not read its hidden text sees it. */
    Post withoutText() {
        return new Post(id, threadId, authorId, "", "", replyToId, createdAt, editedAt, deleted, hidden, depth, voteCount, viewerHasVoted, accepted,
                anonymous, official);
    }
}
