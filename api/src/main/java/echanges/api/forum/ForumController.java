package echanges.api.forum;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

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
import echanges.forum.Forum;
import echanges.forum.NewThread;
import echanges.forum.Post;
import echanges.forum.PostAdded;
import echanges.forum.StartedThread;
import echanges.forum.Subject;
import echanges.forum.Thread;
import echanges.forum.ThreadFilter;
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

/** Maps Thread and Post, the forum's queries, mutations and the `postAdded` subscription. */
@Controller
class ForumController {

    record ThreadFilterInput(@Nullable String subjectId, @Nullable String tag) {
        ThreadFilter toFilter() {
            return new ThreadFilter(subjectId == null ? null : subject(subjectId).id(), tag);
        }
    }

    record StartThreadInput(String title, String body, @Nullable String subjectId, @Nullable List<String> tags) {
        NewThread toThread() {
            return new NewThread(title, body, subjectId == null ? null : subject(subjectId), tags == null ? List.of() : tags);
        }
    }

    record StartThreadPayload(Thread thread, Post post) {
    }

    record ReplyToPostInput(String postId, String body) {
    }

    record ReplyToPostPayload(Post post) {
    }

    private static final String POSTS = "Thread.posts";

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
        ChildPages.<Post>register(registry, POSTS, forum::postsOf);
    }

    @QueryMapping("threads")
    Connection<Thread> threadList(@Argument Integer first, @Argument String after, @Argument @Nullable ThreadFilterInput filter) {
        return forum.threads(filter == null ? ThreadFilter.NONE : filter.toFilter(), PageRequest.of(first, after));
    }

    @MutationMapping
    StartThreadPayload startThread(@Argument StartThreadInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        StartedThread started = forum.start(input.toThread(), viewer);
        return new StartThreadPayload(started.thread(), started.post());
    }

    @MutationMapping
    ReplyToPostPayload replyToPost(@Argument ReplyToPostInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new ReplyToPostPayload(forum.reply(GlobalId.expect(input.postId(), "Post"), input.body(), viewer));
    }

    @SubscriptionMapping
    Flux<Post> postAdded(@Argument String threadId) {
        String id = GlobalId.expect(threadId, "Thread");
        return events.on(PostAdded.class).filter(e -> e.threadId().equals(id))
                .concatMap(e -> Mono.fromCallable(() -> forum.postsByIds(List.of(e.postId())).get(e.postId()))
                        .subscribeOn(Schedulers.boundedElastic()));
    }

    @BatchMapping(typeName = "Thread")
    Map<Thread, Object> subject(List<Thread> batch, GraphQLContext context) {
        List<GlobalId> ids = batch.stream().map(Thread::subject).filter(Objects::nonNull).map(ForumController::globalId).distinct().toList();
        Map<GlobalId, Object> found = nodes.load(ids, Viewers.of(context));
        return Batches.byKey(batch, t -> t.subject() == null ? null : globalId(t.subject()), found);
    }

    @BatchMapping(typeName = "Thread", field = "author")
    Map<Thread, Person> threadAuthor(List<Thread> batch) {
        return Batches.byKey(batch, Thread::authorId, accounts.people(batch.stream().map(Thread::authorId).distinct().toList()));
    }

    @BatchMapping(typeName = "Thread", field = "tags")
    Map<Thread, List<Tag>> threadTags(List<Thread> batch) {
        return Batches.byKey(batch, Thread::id, tags.of(batch.stream().map(Thread::id).toList()));
    }

    @SchemaMapping(typeName = "Thread")
    CompletableFuture<Connection<Post>> posts(Thread thread, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return ChildPages.load(env, POSTS, thread.id(), first, after);
    }

    @BatchMapping(typeName = "Post", field = "author")
    Map<Post, Person> postAuthor(List<Post> batch) {
        return Batches.byKey(batch, Post::authorId, accounts.people(batch.stream().map(Post::authorId).distinct().toList()));
    }

    @BatchMapping(typeName = "Post")
    Map<Post, Thread> thread(List<Post> batch) {
        return Batches.byKey(batch, Post::threadId, forum.threadsByIds(batch.stream().map(Post::threadId).distinct().toList()));
    }

    @BatchMapping(typeName = "Post")
    Map<Post, Post> replyTo(List<Post> batch) {
        return Batches.byKey(batch, Post::replyToId, forum.postsByIds(batch.stream().map(Post::replyToId).filter(Objects::nonNull).distinct().toList()));
    }

    private static GlobalId globalId(Subject subject) {
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
