package echanges.forum;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import echanges.forum.rules.FlagRule;
import echanges.forum.rules.ForumSettings;
import echanges.platform.Connection;
import echanges.platform.EventBus;
import echanges.platform.Graph;
import echanges.platform.Outbox;
import echanges.platform.PageRequest;
import echanges.platform.Viewer;

/**
 * The forum module's API for moderation: members flag posts, enough flags hide a post pending
 * review, and moderators work through the review queue, hide, restore, lock, pin and move.
 */
public class Moderation {

    private final Graph graph;
    private final Clock clock;
    private final EventBus events;
    private final ForumSettings settings;
    private final ThreadRepository threads;
    private final PostRepository posts;

    public Moderation(Graph graph, Clock clock, EventBus events, ForumSettings settings) {
        this.graph = graph;
        this.clock = clock;
        this.events = events;
        this.settings = settings;
        this.threads = new ThreadRepository(graph);
        this.posts = new PostRepository(graph);
    }

    /** One flag per person per post; at the threshold the post is hidden pending review. */
    public Post flag(String postId, FlagReason reason, @Nullable String text, Viewer viewer) {
        Instant now = clock.instant();
        String personId = viewer.requirePerson();
        if (viewer.suspendedAt(now)) throw new ForumException.NotAllowed("a suspended account cannot flag");
        String explanation = text == null || text.isBlank() ? null : text.strip();
        if (reason == FlagReason.OTHER && explanation == null) throw new ForumException.InvalidPost("a flag for another reason says which");
        if (explanation != null && explanation.length() > 500) throw new ForumException.InvalidPost("a flag's text has at most 500 characters");
        String threadId = graph.write(tx -> {
            Post post = posts.lock(tx, postId).orElseThrow(() -> new ForumException.PostNotFound(postId)).post();
            if (post.authorId().equals(personId)) throw new ForumException.NotAllowed("one cannot flag one's own post");
            PostRepository.Flagged flagged = posts.flag(tx, personId, postId, reason, explanation, now);
            if (!flagged.created()) throw new ForumException.WrongState("you already flagged this post");
            if (!post.hidden() && FlagRule.hidesPost(flagged.pending(), settings)) {
                posts.hide(tx, postId, true, false, now);
                Outbox.changed(tx, ForumSearch.POST, postId);
                if (post.depth() == 0) Outbox.changed(tx, ForumSearch.THREAD, post.threadId());
            }
            return post.threadId();
        });
        events.publish(new ThreadUpdated(threadId));
        return posts.byIds(List.of(postId), personId).getFirst().withoutTextUnlessAuthor(personId, viewer.moderator());
    }

    /** Flagged and hidden posts, newest first, with their pending flags; moderators only. */
    public Connection<ReviewItem> reviewQueue(PageRequest page, Viewer viewer) {
        requireModerator(viewer);
        return posts.reviewQueue(page);
    }

    /** A moderator hides a post, or restores it and clears its pending flags. */
    public Post setHidden(String postId, boolean hidden, Viewer viewer) {
        requireModerator(viewer);
        Instant now = clock.instant();
        String threadId = graph.write(tx -> {
            Post post = posts.lock(tx, postId).orElseThrow(() -> new ForumException.PostNotFound(postId)).post();
            posts.hide(tx, postId, hidden, !hidden, now);
            Outbox.changed(tx, ForumSearch.POST, postId);
            if (post.depth() == 0) Outbox.changed(tx, ForumSearch.THREAD, post.threadId());
            return post.threadId();
        });
        events.publish(new ThreadUpdated(threadId));
        return posts.byIds(List.of(postId), viewer.personId()).getFirst();
    }

    /** A moderator locks, pins or moves a thread (null leaves a property as it is). */
    public Thread moderate(String threadId, @Nullable Boolean locked, @Nullable Boolean pinned, @Nullable String categoryId, Viewer viewer) {
        requireModerator(viewer);
        graph.write(tx -> {
            threads.lock(tx, threadId).orElseThrow(() -> new ForumException.ThreadNotFound(threadId));
            if (categoryId != null && !threads.categoryExists(tx, categoryId)) throw new ForumException.CategoryNotFound(categoryId);
            threads.moderate(tx, threadId, locked, pinned, categoryId);
            Outbox.changed(tx, ForumSearch.THREAD, threadId);
            if (categoryId != null) Outbox.changedAll(tx, ForumSearch.POST, threads.postIds(tx, threadId)); // their category changed
            return null;
        });
        events.publish(new ThreadUpdated(threadId));
        return threads.byIds(List.of(threadId)).getFirst();
    }

    private static void requireModerator(Viewer viewer) {
        viewer.requirePerson();
        if (!viewer.moderator()) throw new ForumException.NotAllowed("only a moderator may do this");
    }
}
