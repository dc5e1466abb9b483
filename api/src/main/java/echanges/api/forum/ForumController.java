package echanges.api.forum;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import echanges.accounts.Accounts;
import echanges.accounts.Person;
import echanges.api.graphql.Batches;
import echanges.api.graphql.ChildPages;
import echanges.api.graphql.Nodes;
import echanges.api.graphql.Viewers;
import echanges.forum.Category;
import echanges.forum.Forum;
import echanges.forum.NewThread;
import echanges.forum.Post;
import echanges.forum.PostAdded;
import echanges.forum.Revision;
import echanges.forum.StartedThread;
import echanges.forum.Subject;
import echanges.forum.Thread;
import echanges.forum.ThreadFilter;
import echanges.forum.ThreadSort;
import echanges.forum.ThreadUpdated;
import echanges.forum.ThreadView;
import echanges.forum.WatchLevel;
import echanges.platform.Connection;
import echanges.platform.EventBus;
import echanges.platform.GlobalId;
import echanges.platform.PageRequest;
import echanges.platform.PlatformException;
import echanges.platform.Tag;
import echanges.platform.Tags;
import echanges.platform.Viewer;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Maps Thread, Post and Category: the forum's queries, posting mutations and thread subscriptions. */
@Controller
class ForumController {

    record ThreadFilterInput(@Nullable String subjectId, @Nullable String categoryId, @Nullable String tag) {
        ThreadFilter toFilter() {
            return new ThreadFilter(subjectId == null ? null : subject(subjectId).id(),
                    categoryId == null ? null : GlobalId.expect(categoryId, "Category"), tag);
        }
    }

    record StartThreadInput(String title, String body, @Nullable String subjectId, @Nullable String categoryId, @Nullable List<String> tags) {
        NewThread toThread() {
            return new NewThread(title, body, subjectId == null ? null : subject(subjectId),
                    categoryId == null ? null : GlobalId.expect(categoryId, "Category"), tags == null ? List.of() : tags);
        }
    }

    record StartThreadPayload(Thread thread, Post post) {
    }

    record ReplyToPostInput(String postId, String body) {
    }

    record EditPostInput(String postId, String body) {
    }

    record PostIdInput(String postId) {
    }

    record VotePostInput(String postId, boolean vote) {
    }

    record AcceptAnswerInput(@Nullable String postId, @Nullable String threadId) {
    }

    record MarkThreadReadInput(String threadId) {
    }

    record PostPayload(Post post) {
    }

    record ThreadPayload(Thread thread) {
    }

    private static final String POSTS = "Thread.posts";
    private static final String REPLIES = "Post.replies";
    private static final String CATEGORY_THREADS = "Category.threads";

    private final Forum forum;
    private final Accounts accounts;
    private final Tags tags;
    private final Nodes nodes;
    private final EventBus events;

    ForumController(Forum forum, Accounts accounts, Tags tags, Nodes nodes, EventBus events, BatchLoaderRegistry registry) {
        this.forum = forum;
        this.accounts = accounts;
        this.tags = tags;
        this.nodes = nodes;
        this.events = events;
        ChildPages.<Post>register(registry, POSTS + ".CHRONOLOGICAL", (ids, page, viewer) -> forum.postsOf(ids, page, ThreadView.CHRONOLOGICAL, viewer));
        ChildPages.<Post>register(registry, POSTS + ".TREE", (ids, page, viewer) -> forum.postsOf(ids, page, ThreadView.TREE, viewer));
        ChildPages.<Post>register(registry, REPLIES, forum::repliesTo);
        ChildPages.<Thread>register(registry, CATEGORY_THREADS, forum::threadsIn);
    }

    @QueryMapping("threads")
    Connection<Thread> threadList(@Argument Integer first, @Argument String after, @Argument @Nullable ThreadFilterInput filter,
                                  @Argument ThreadSort sort) {
        return forum.threads(filter == null ? ThreadFilter.NONE : filter.toFilter(), sort, PageRequest.of(first, after));
    }

    @QueryMapping
    List<Category> categories() {
        return forum.categories();
    }

    @MutationMapping
    StartThreadPayload startThread(@Argument StartThreadInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        StartedThread started = forum.start(input.toThread(), viewer);
        return new StartThreadPayload(started.thread(), started.post());
    }

    @MutationMapping
    PostPayload replyToPost(@Argument ReplyToPostInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new PostPayload(forum.reply(GlobalId.expect(input.postId(), "Post"), input.body(), viewer));
    }

    @MutationMapping
    PostPayload editPost(@Argument EditPostInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new PostPayload(forum.edit(GlobalId.expect(input.postId(), "Post"), input.body(), viewer));
    }

    @MutationMapping
    PostPayload deletePost(@Argument PostIdInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new PostPayload(forum.delete(GlobalId.expect(input.postId(), "Post"), viewer));
    }

    @MutationMapping
    PostPayload votePost(@Argument VotePostInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new PostPayload(forum.vote(GlobalId.expect(input.postId(), "Post"), input.vote(), viewer));
    }

    @MutationMapping
    ThreadPayload acceptAnswer(@Argument AcceptAnswerInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        if (input.postId() != null) {
            String postId = GlobalId.expect(input.postId(), "Post");
            Post post = forum.postsByIds(List.of(postId), viewer).get(postId);
            if (post == null) throw new PlatformException.InvalidArgument("no post has the id " + input.postId());
            return new ThreadPayload(forum.accept(post.threadId(), postId, viewer));
        }
        if (input.threadId() == null) throw new PlatformException.InvalidArgument("give the post to accept, or the thread whose answer to withdraw");
        return new ThreadPayload(forum.accept(GlobalId.expect(input.threadId(), "Thread"), null, viewer));
    }

    @MutationMapping
    ThreadPayload markThreadRead(@Argument MarkThreadReadInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new ThreadPayload(forum.markRead(GlobalId.expect(input.threadId(), "Thread"), viewer));
    }

    @SubscriptionMapping
    Flux<Post> postAdded(@Argument String threadId, @ContextValue(Viewers.KEY) Viewer viewer) {
        String id = GlobalId.expect(threadId, "Thread");
        return events.on(PostAdded.class).filter(e -> e.threadId().equals(id))
                .concatMap(e -> Mono.fromCallable(() -> forum.postsByIds(List.of(e.postId()), viewer).get(e.postId()))
                        .subscribeOn(Schedulers.boundedElastic()));
    }

    @SubscriptionMapping
    Flux<Thread> threadUpdated(@Argument String threadId) {
        String id = GlobalId.expect(threadId, "Thread");
        return events.on(ThreadUpdated.class).filter(e -> e.threadId().equals(id))
                .concatMap(e -> Mono.fromCallable(() -> forum.threadsByIds(List.of(id)).get(id)).subscribeOn(Schedulers.boundedElastic()));
    }

    @SchemaMapping(typeName = "Category")
    CompletableFuture<Connection<Thread>> threads(Category category, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return ChildPages.load(env, CATEGORY_THREADS, category.id(), first, after);
    }

    @BatchMapping(typeName = "Thread")
    Map<Thread, Object> subject(List<Thread> batch, GraphQLContext context) {
        List<GlobalId> ids = batch.stream().map(Thread::subject).filter(Objects::nonNull).map(ForumController::globalId).distinct().toList();
        return Batches.byKey(batch, t -> t.subject() == null ? null : globalId(t.subject()), nodes.load(ids, Viewers.of(context)));
    }

    @BatchMapping(typeName = "Thread")
    Map<Thread, Category> category(List<Thread> batch) {
        return Batches.byKey(batch, Thread::categoryId, forum.categories().stream().collect(Collectors.toMap(Category::id, c -> c)));
    }

    @BatchMapping(typeName = "Thread", field = "author")
    Map<Thread, Person> threadAuthor(List<Thread> batch, GraphQLContext context) {
        Viewer viewer = Viewers.of(context);
        return Batches.byKey(batch, t -> Forum.shownAuthorId(t, viewer), accounts.people(batch.stream().map(Thread::authorId).distinct().toList()));
    }

    @BatchMapping(typeName = "Thread", field = "tags")
    Map<Thread, List<Tag>> threadTags(List<Thread> batch) {
        return Batches.byKey(batch, Thread::id, tags.of(batch.stream().map(Thread::id).toList()));
    }

    @BatchMapping(typeName = "Thread")
    Map<Thread, Post> acceptedAnswer(List<Thread> batch, GraphQLContext context) {
        return Batches.byKey(batch, Thread::acceptedPostId,
                forum.postsByIds(batch.stream().map(Thread::acceptedPostId).filter(Objects::nonNull).toList(), Viewers.of(context)));
    }

    @BatchMapping(typeName = "Thread")
    Map<Thread, WatchLevel> viewerWatchLevel(List<Thread> batch, GraphQLContext context) {
        return Batches.byKey(batch, Thread::id, forum.watchLevels(batch.stream().map(Thread::id).toList(), Viewers.of(context)));
    }

    @SchemaMapping(typeName = "Thread")
    CompletableFuture<Connection<Post>> posts(Thread thread, @Argument Integer first, @Argument String after, @Argument ThreadView view,
                                              DataFetchingEnvironment env) {
        return ChildPages.load(env, POSTS + "." + view.name(), thread.id(), first, after);
    }

    @BatchMapping(typeName = "Post", field = "author")
    Map<Post, Person> postAuthor(List<Post> batch, GraphQLContext context) {
        Viewer viewer = Viewers.of(context);
        return Batches.byKey(batch, p -> Forum.shownAuthorId(p, viewer), accounts.people(batch.stream().map(Post::authorId).distinct().toList()));
    }

    @BatchMapping(typeName = "Post")
    Map<Post, Thread> thread(List<Post> batch) {
        return Batches.byKey(batch, Post::threadId, forum.threadsByIds(batch.stream().map(Post::threadId).distinct().toList()));
    }

    @BatchMapping(typeName = "Post")
    Map<Post, Post> replyTo(List<Post> batch, GraphQLContext context) {
        return Batches.byKey(batch, Post::replyToId,
                forum.postsByIds(batch.stream().map(Post::replyToId).filter(Objects::nonNull).distinct().toList(), Viewers.of(context)));
    }

    @SchemaMapping(typeName = "Post")
    CompletableFuture<Connection<Post>> replies(Post post, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return ChildPages.load(env, REPLIES, post.id(), first, after);
    }

    /** Revisions are shown to whoever may read the post's text. */
    @BatchMapping(typeName = "Post")
    Map<Post, List<Revision>> revisions(List<Post> batch) {
        // A hidden post whose text this viewer may not read keeps its revisions to itself too.
        Map<String, List<Revision>> byPost = forum.revisions(batch.stream().filter(p -> !(p.hidden() && p.body().isEmpty())).map(Post::id).toList());
        return batch.stream().collect(Collectors.toMap(p -> p, p -> byPost.getOrDefault(p.id(), List.of()), (a, b) -> a));
    }

    @BatchMapping(typeName = "Revision")
    Map<Revision, Person> editor(List<Revision> batch) {
        return Batches.byKey(batch, Revision::editorId, accounts.people(batch.stream().map(Revision::editorId).distinct().toList()));
    }

    @BatchMapping(typeName = "Post")
    Map<Post, List<Person>> mentions(List<Post> batch) {
        Map<String, List<String>> byPost = forum.mentions(batch.stream().map(Post::id).toList());
        Set<String> personIds = new HashSet<>();
        byPost.values().forEach(personIds::addAll);
        Map<String, Person> people = accounts.people(personIds);
        return batch.stream().collect(Collectors.toMap(p -> p,
                p -> byPost.getOrDefault(p.id(), List.of()).stream().map(people::get).filter(Objects::nonNull).toList(), (a, b) -> a));
    }

    static GlobalId globalId(Subject subject) {
        return new GlobalId(subject.kind() == Subject.Kind.CHALLENGE ? "Challenge" : "Component", subject.id());
    }

    private static Subject subject(String globalId) {
        GlobalId id = GlobalId.parse(globalId);
        return switch (id.type()) {
            case "Challenge" -> new Subject(Subject.Kind.CHALLENGE, id.id());
            case "Component" -> new Subject(Subject.Kind.COMPONENT, id.id());
            default -> throw new PlatformException.InvalidArgument("a thread is about a challenge or a component, not a " + id.type());
        };
    }
}
