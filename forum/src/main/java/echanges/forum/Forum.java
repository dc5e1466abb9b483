package echanges.forum;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import echanges.accounts.Accounts;
import echanges.catalogue.Components;
import echanges.forum.rules.Activity;
import echanges.forum.rules.EditRule;
import echanges.forum.rules.ForumSettings;
import echanges.forum.rules.LimitExceeded;
import echanges.forum.rules.PostAttempt;
import echanges.forum.rules.PostKind;
import echanges.forum.rules.PostingLimits;
import echanges.forum.rules.RecentPost;
import echanges.forum.rules.TrustLevel;
import echanges.platform.Connection;
import echanges.platform.EventBus;
import echanges.platform.Graph;
import echanges.platform.Outbox;
import echanges.platform.PageRequest;
import echanges.platform.Tags;
import echanges.platform.Tx;
import echanges.platform.Viewer;
import echanges.procurement.Challenges;

/**
 * The forum module's API for threads and posts: writing, editing, voting, accepting answers, and
 * the reads of thread views. Every write checks who may do it and the posting limits before it
 * changes anything, commits with its search outbox entries and notifications, then publishes events.
 */
public class Forum {

    private final Graph graph;
    private final Clock clock;
    private final EventBus events;
    private final Challenges challenges;
    private final Components components;
    private final Accounts accounts;
    private final ForumSettings settings;
    final Composer composer;
    private final ThreadRepository threads;
    private final PostRepository posts;
    private final NotificationRepository notifications;

    public Forum(Graph graph, Clock clock, EventBus events, Challenges challenges, Components components, Accounts accounts,
                 ForumSettings settings) {
        this.graph = graph;
        this.clock = clock;
        this.events = events;
        this.challenges = challenges;
        this.components = components;
        this.accounts = accounts;
        this.settings = settings;
        this.composer = new Composer(accounts);
        this.threads = new ThreadRepository(graph);
        this.posts = new PostRepository(graph);
        this.notifications = new NotificationRepository(graph);
    }

    /**
     * Starts a thread with its first post. A challenge is discussed once published: asked as
     * anonymous, so that a thread never reveals a draft to the forum.
     */
    public StartedThread start(NewThread thread, Viewer viewer) {
        Instant now = clock.instant();
        String authorId = writer(viewer, now);
        if (thread.subject() != null) requireSubject(thread.subject());
        List<String> tags = Tags.normalise(thread.tags());
        Composer.Composed composed = composer.compose(thread.body());
        checkLimits(authorId, PostKind.THREAD, composed, now);
        String threadId = UUID.randomUUID().toString();
        String postId = UUID.randomUUID().toString();
        List<NotificationCreated> created = graph.write(tx -> {
            if (thread.categoryId() != null && !threads.categoryExists(tx, thread.categoryId()))
                throw new ForumException.CategoryNotFound(thread.categoryId());
            threads.start(tx, threadId, thread, authorId, now);
            posts.first(tx, threadId, newPost(postId, thread.title() + "\n" + thread.body(), composed), authorId, now);
            Tags.replace(tx, threadId, tags);
            Outbox.changed(tx, ForumSearch.POST, postId);
            Outbox.changed(tx, ForumSearch.THREAD, threadId);
            return notify(tx, postId, threadId, authorId, composed.mentionIds(), null, now);
        });
        publish(threadId, postId, created);
        return new StartedThread(threads.byIds(List.of(threadId)).getFirst(), posts.byIds(List.of(postId), authorId).getFirst());
    }

    public Post reply(String parentPostId, String body, Viewer viewer) {
        PostBody.check(body);
        Instant now = clock.instant();
        String authorId = writer(viewer, now);
        Composer.Composed composed = composer.compose(body);
        checkLimits(authorId, PostKind.REPLY, composed, now);
        String postId = UUID.randomUUID().toString();
        record Replied(String threadId, List<NotificationCreated> created) {
        }
        Replied replied = graph.write(tx -> {
            Post parent = posts.lock(tx, parentPostId).orElseThrow(() -> new ForumException.PostNotFound(parentPostId)).post();
            Thread thread = threads.lock(tx, parent.threadId()).orElseThrow();
            if (thread.locked() && !viewer.moderator()) throw new ForumException.WrongState("the thread is locked: it takes no new replies");
            if (parent.deleted()) throw new ForumException.WrongState("one cannot reply to a deleted post");
            posts.reply(tx, parentPostId, newPost(postId, body, composed), authorId, now);
            Outbox.changed(tx, ForumSearch.POST, postId);
            return new Replied(thread.id(), notify(tx, postId, thread.id(), authorId, composed.mentionIds(), parent.authorId(), now));
        });
        publish(replied.threadId(), postId, replied.created());
        return posts.byIds(List.of(postId), authorId).getFirst();
    }

    /**
     * Changes a post's text: its author or a moderator. Within the grace period after the last
     * revision the change amends it silently; later, the change is kept as a new revision.
     */
    public Post edit(String postId, String body, Viewer viewer) {
        PostBody.check(body);
        Instant now = clock.instant();
        String editorId = writer(viewer, now);
        Composer.Composed composed = composer.compose(body);
        String threadId = graph.write(tx -> {
            PostRepository.Locked locked = posts.lock(tx, postId).orElseThrow(() -> new ForumException.PostNotFound(postId));
            Post post = locked.post();
            if (!post.authorId().equals(editorId) && !viewer.moderator())
                throw new ForumException.NotAllowed("only its author or a moderator may edit a post");
            if (post.deleted()) throw new ForumException.WrongState("a deleted post cannot be edited");
            if (EditRule.createsRevision(locked.lastRevisionAt(), settings, now)) posts.revise(tx, locked, body, composed.html(), editorId, now);
            else posts.amend(tx, postId, body, composed.html(), now);
            posts.mention(tx, postId, composed.mentionIds());
            Outbox.changed(tx, ForumSearch.POST, postId);
            if (post.depth() == 0) Outbox.changed(tx, ForumSearch.THREAD, post.threadId());
            return post.threadId();
        });
        events.publish(new ThreadUpdated(threadId));
        return visible(postId, viewer);
    }

    /** The author deletes their own post (a moderator may too): the text goes, its place in the tree stays. */
    public Post delete(String postId, Viewer viewer) {
        String personId = writer(viewer, clock.instant());
        String threadId = graph.write(tx -> {
            Post post = posts.lock(tx, postId).orElseThrow(() -> new ForumException.PostNotFound(postId)).post();
            if (!post.authorId().equals(personId) && !viewer.moderator())
                throw new ForumException.NotAllowed("only its author or a moderator may delete a post");
            if (post.deleted()) throw new ForumException.WrongState("the post is already deleted");
            posts.delete(tx, postId);
            Outbox.changed(tx, ForumSearch.POST, postId);
            if (post.depth() == 0) Outbox.changed(tx, ForumSearch.THREAD, post.threadId());
            return post.threadId();
        });
        events.publish(new ThreadUpdated(threadId));
        return visible(postId, viewer);
    }

    /** One vote per person per post, and never for one's own post; withdrawing is voting false. */
    public Post vote(String postId, boolean vote, Viewer viewer) {
        Instant now = clock.instant();
        String personId = writer(viewer, now);
        String threadId = graph.write(tx -> {
            Post post = posts.lock(tx, postId).orElseThrow(() -> new ForumException.PostNotFound(postId)).post();
            if (post.authorId().equals(personId)) throw new ForumException.NotAllowed("one cannot vote for one's own post");
            if (post.deleted() && vote) throw new ForumException.WrongState("a deleted post cannot be voted for");
            posts.vote(tx, personId, postId, vote, now);
            return post.threadId();
        });
        events.publish(new ThreadUpdated(threadId));
        return visible(postId, viewer);
    }

    /** The thread's author or a moderator accepts a reply as the answer, or withdraws it (postId null). */
    public Thread accept(String threadId, @Nullable String postId, Viewer viewer) {
        String personId = writer(viewer, clock.instant());
        graph.write(tx -> {
            Thread thread = threads.lock(tx, threadId).orElseThrow(() -> new ForumException.ThreadNotFound(threadId));
            if (!thread.authorId().equals(personId) && !viewer.moderator())
                throw new ForumException.NotAllowed("only the thread's author or a moderator may accept an answer");
            if (postId != null) {
                Post post = posts.lock(tx, postId).orElseThrow(() -> new ForumException.PostNotFound(postId)).post();
                if (!post.threadId().equals(threadId)) throw new ForumException.WrongState("the accepted answer must be a post of this thread");
                if (post.depth() == 0) throw new ForumException.WrongState("the first post asks; an answer is a reply");
                if (post.deleted() || post.hidden()) throw new ForumException.WrongState("a deleted or hidden post cannot be the answer");
            }
            threads.accept(tx, threadId, postId);
            Outbox.changed(tx, ForumSearch.THREAD, threadId);
            Outbox.changedAll(tx, ForumSearch.POST, threads.postIds(tx, threadId)); // "solved" changed for each
            return null;
        });
        events.publish(new ThreadUpdated(threadId));
        return threads.byIds(List.of(threadId)).getFirst();
    }

    /** Records that the viewer read the thread as it is now; trust levels count read posts. */
    public Thread markRead(String threadId, Viewer viewer) {
        String personId = viewer.requirePerson();
        Thread thread = threadsByIds(List.of(threadId)).get(threadId);
        if (thread == null) throw new ForumException.ThreadNotFound(threadId);
        threads.markRead(personId, threadId, clock.instant());
        return thread;
    }

    public List<Category> categories() {
        return threads.categories();
    }

    public Connection<Thread> threads(ThreadFilter filter, ThreadSort sort, PageRequest page) {
        return threads.page(filter, sort, page);
    }

    public Map<String, Thread> threadsByIds(Collection<String> ids) {
        return threads.byIds(ids).stream().collect(Collectors.toMap(Thread::id, Function.identity()));
    }

    public Map<String, Post> postsByIds(Collection<String> ids, Viewer viewer) {
        return posts.byIds(ids, viewer.personId()).stream().map(p -> readable(p, viewer)).collect(Collectors.toMap(Post::id, Function.identity()));
    }

    /** A page of threads about each challenge or component, in one round trip. */
    public Map<String, Connection<Thread>> threadsAbout(Collection<String> subjectIds, PageRequest page) {
        return threads.about(subjectIds, page);
    }

    /** A page of each category's threads, pinned first, in one round trip. */
    public Map<String, Connection<Thread>> threadsIn(Collection<String> categoryIds, PageRequest page) {
        return threads.inCategories(categoryIds, page);
    }

    /** A page of each thread's posts, chronological or as a tree, with votes and the viewer's own, in one round trip. */
    public Map<String, Connection<Post>> postsOf(Collection<String> threadIds, PageRequest page, ThreadView view, Viewer viewer) {
        return readable(posts.ofThreads(threadIds, page, view == ThreadView.TREE, viewer.personId()), viewer);
    }

    /** A page of the direct replies to each post, in one round trip. */
    public Map<String, Connection<Post>> repliesTo(Collection<String> postIds, PageRequest page, Viewer viewer) {
        return readable(posts.replies(postIds, page, viewer.personId()), viewer);
    }

    public Map<String, List<Revision>> revisions(Collection<String> postIds) {
        return posts.revisions(postIds);
    }

    /** The ids of the people each post mentions. */
    public Map<String, List<String>> mentions(Collection<String> postIds) {
        return posts.mentions(postIds);
    }

    /** The viewer's watch level on each thread (NORMAL where none is set). */
    public Map<String, WatchLevel> watchLevels(Collection<String> threadIds, Viewer viewer) {
        Map<String, WatchLevel> set = viewer.personId() == null ? Map.of() : threads.watchLevels(viewer.personId(), threadIds);
        return threadIds.stream().distinct().collect(Collectors.toMap(id -> id, id -> set.getOrDefault(id, WatchLevel.NORMAL)));
    }

    private Post visible(String postId, Viewer viewer) {
        return postsByIds(List.of(postId), viewer).get(postId);
    }

    /** A hidden post's text is for moderators and its author only. */
    private static Post readable(Post post, Viewer viewer) {
        boolean mayRead = !post.hidden() || viewer.moderator() || post.authorId().equals(viewer.personId());
        return mayRead ? post : post.withoutText();
    }

    private static Map<String, Connection<Post>> readable(Map<String, Connection<Post>> pages, Viewer viewer) {
        return pages.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().map(p -> readable(p, viewer))));
    }

    /** The person writing; refuses an anonymous or suspended viewer. */
    static String writer(Viewer viewer, Instant now) {
        String personId = viewer.requirePerson();
        if (viewer.suspendedAt(now))
            throw new ForumException.NotAllowed("the account is suspended until " + viewer.suspendedUntil() + ": it may read, not write");
        return personId;
    }

    void checkLimits(String authorId, PostKind kind, Composer.Composed composed, Instant now) {
        PostRepository.PostingActivity activity = posts.activity(authorId, now.minus(Duration.ofDays(1)));
        Instant registeredAt = accounts.people(List.of(authorId)).get(authorId).createdAt();
        TrustLevel level = TrustLevel.of(new Activity(registeredAt, activity.postsRead(), activity.threadsRead(),
                activity.postsWritten(), activity.likesReceived()), settings, now);
        List<RecentPost> recent = new ArrayList<>();
        activity.recentThreads().forEach(at -> recent.add(new RecentPost(at, PostKind.THREAD)));
        activity.recentReplies().forEach(at -> recent.add(new RecentPost(at, PostKind.REPLY)));
        try {
            PostingLimits.check(new PostAttempt(kind, composed.links(), composed.mentions()), level, registeredAt, recent, settings, now);
        } catch (LimitExceeded e) {
            if (e.retryAt() == null) throw new ForumException.InvalidPost(e.getMessage());
            throw new ForumException.LimitReached(e.getMessage(), e.retryAt());
        }
    }

    private static PostRepository.NewPost newPost(String id, String languageSample, Composer.Composed composed) {
        return newPost(id, languageSample, composed, false, false);
    }

    static PostRepository.NewPost newPost(String id, String languageSample, Composer.Composed composed, boolean anonymous, boolean official) {
        return new PostRepository.NewPost(id, composed.body(), composed.html(), LanguageGuess.of(languageSample).name(), composed.mentionIds(),
                anonymous, official);
    }

    /** Who the viewer may see as a post's author: nobody for another's anonymous question. */
    public static @Nullable String shownAuthorId(Post post, Viewer viewer) {
        return !post.anonymous() || post.authorId().equals(viewer.personId()) ? post.authorId() : null;
    }

    /** Who the viewer may see as a thread's author: nobody for another's question. */
    public static @Nullable String shownAuthorId(Thread thread, Viewer viewer) {
        return !thread.question() || thread.authorId().equals(viewer.personId()) ? thread.authorId() : null;
    }

    /** Notifies, in the post's transaction, the people the attention rules select; never the author. */
    List<NotificationCreated> notify(Tx tx, String postId, String threadId, String authorId, List<String> mentionIds,
                                     @Nullable String repliedToId, Instant now) {
        return notify(tx, postId, threadId, authorId, authorId, mentionIds, repliedToId, now);
    }

    /** As {@link #notify(Tx, String, String, String, List, String, Instant)}, naming {@code actorId} (null: anonymous) as the cause. */
    List<NotificationCreated> notify(Tx tx, String postId, String threadId, String authorId, @Nullable String actorId, List<String> mentionIds,
                                     @Nullable String repliedToId, Instant now) {
        Set<String> direct = new HashSet<>(mentionIds);
        if (repliedToId != null) direct.add(repliedToId);
        List<NotificationRepository.Planned> planned = new ArrayList<>();
        for (NotificationRepository.Candidate c : notifications.candidates(tx, postId, direct)) {
            if (c.personId().equals(authorId)) continue;
            WatchLevel level = Attention.effective(c.thread(), c.challenge(), c.category());
            Attention.notification(level, mentionIds.contains(c.personId()), c.personId().equals(repliedToId))
                    .ifPresent(kind -> planned.add(new NotificationRepository.Planned(UUID.randomUUID().toString(), c.personId(), kind)));
        }
        notifications.create(tx, planned, postId, threadId, actorId, now);
        return planned.stream().map(p -> new NotificationCreated(p.personId(), p.id())).toList();
    }

    void publish(String threadId, String postId, List<NotificationCreated> created) {
        events.publish(new PostAdded(threadId, postId));
        events.publish(new ThreadUpdated(threadId));
        created.forEach(events::publish);
    }

    private void requireSubject(Subject subject) {
        boolean exists = switch (subject.kind()) {
            case CHALLENGE -> challenges.byIds(List.of(subject.id()), Viewer.anonymous()).containsKey(subject.id());
            case COMPONENT -> components.byIds(List.of(subject.id())).containsKey(subject.id());
        };
        if (!exists) throw new ForumException.SubjectNotFound(subject);
    }
}
