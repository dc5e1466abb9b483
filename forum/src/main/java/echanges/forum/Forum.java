package echanges.forum;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import echanges.catalogue.Components;
import echanges.platform.Connection;
import echanges.platform.EventBus;
import echanges.platform.Graph;
import echanges.platform.Outbox;
import echanges.platform.PageRequest;
import echanges.platform.SearchDocument;
import echanges.platform.SearchDocumentSource;
import echanges.platform.Tags;
import echanges.platform.Viewer;
import echanges.procurement.Challenges;

/** The forum module's API: threads, posts, and the events open thread views listen to. */
public class Forum implements SearchDocumentSource {

    private final Graph graph;
    private final Clock clock;
    private final EventBus events;
    private final Challenges challenges;
    private final Components components;
    private final ForumRepository repository;

    public Forum(Graph graph, Clock clock, EventBus events, Challenges challenges, Components components) {
        this.graph = graph;
        this.clock = clock;
        this.events = events;
        this.challenges = challenges;
        this.components = components;
        this.repository = new ForumRepository(graph);
    }

    /**
     * Starts a thread with its first post. A challenge is discussed once published: asked as
     * anonymous, so that a thread never reveals a draft to the forum.
     */
    public StartedThread start(NewThread thread, Viewer viewer) {
        String authorId = viewer.requirePerson();
        if (thread.subject() != null) requireSubject(thread.subject());
        List<String> tags = Tags.normalise(thread.tags());
        String threadId = UUID.randomUUID().toString();
        String postId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        graph.write(tx -> {
            repository.start(tx, threadId, postId, thread, authorId, now);
            Tags.replace(tx, threadId, tags);
            Outbox.changed(tx, ForumRepository.SEARCH_TYPE, postId);
            return null;
        });
        events.publish(new PostAdded(threadId, postId));
        return new StartedThread(repository.threadsByIds(List.of(threadId)).getFirst(), repository.postsByIds(List.of(postId)).getFirst());
    }

    public Post reply(String parentPostId, String body, Viewer viewer) {
        String authorId = viewer.requirePerson();
        PostBody.check(body);
        String postId = UUID.randomUUID().toString();
        String threadId = graph.write(tx -> {
            String id = repository.reply(tx, postId, parentPostId, body, authorId, clock.instant())
                    .orElseThrow(() -> new ForumException.PostNotFound(parentPostId));
            Outbox.changed(tx, ForumRepository.SEARCH_TYPE, postId);
            return id;
        });
        events.publish(new PostAdded(threadId, postId));
        return repository.postsByIds(List.of(postId)).getFirst();
    }

    public Connection<Thread> threads(ThreadFilter filter, PageRequest page) {
        return repository.threads(filter, page);
    }

    public Map<String, Thread> threadsByIds(Collection<String> ids) {
        return repository.threadsByIds(ids).stream().collect(Collectors.toMap(Thread::id, Function.identity()));
    }

    public Map<String, Post> postsByIds(Collection<String> ids) {
        return repository.postsByIds(ids).stream().collect(Collectors.toMap(Post::id, Function.identity()));
    }

    /** A page of threads about each challenge or component, in one round trip. */
    public Map<String, Connection<Thread>> threadsAbout(Collection<String> subjectIds, PageRequest page) {
        return repository.threadsAbout(subjectIds, page);
    }

    /** A page of each thread's posts, oldest first, in one round trip. */
    public Map<String, Connection<Post>> postsOf(Collection<String> threadIds, PageRequest page) {
        return repository.postsOf(threadIds, page);
    }

    @Override
    public String type() {
        return ForumRepository.SEARCH_TYPE;
    }

    @Override
    public List<SearchDocument> load(Collection<String> ids) {
        return repository.documents(ids);
    }

    @Override
    public List<String> allIds() {
        return repository.allPostIds();
    }

    private void requireSubject(Subject subject) {
        boolean exists = switch (subject.kind()) {
            case CHALLENGE -> challenges.byIds(List.of(subject.id()), Viewer.anonymous()).containsKey(subject.id());
            case COMPONENT -> components.byIds(List.of(subject.id())).containsKey(subject.id());
        };
        if (!exists) throw new ForumException.SubjectNotFound(subject);
    }
}
