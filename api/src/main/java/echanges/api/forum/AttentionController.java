package echanges.api.forum;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

import echanges.accounts.Accounts;
import echanges.accounts.Person;
import echanges.api.graphql.Batches;
import echanges.api.graphql.Viewers;
import echanges.forum.Following;
import echanges.forum.Forum;
import echanges.forum.Notification;
import echanges.forum.NotificationCreated;
import echanges.forum.Notifications;
import echanges.forum.Post;
import echanges.forum.Thread;
import echanges.forum.WatchLevel;
import echanges.platform.Connection;
import echanges.platform.EventBus;
import echanges.platform.GlobalId;
import echanges.platform.PageRequest;
import echanges.platform.PlatformException;
import echanges.platform.Viewer;
import echanges.procurement.Challenge;
import echanges.procurement.Challenges;
import graphql.GraphQLContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Maps watching and notifications. */
@Controller
class AttentionController {

    record WatchInput(String targetId, WatchLevel level) {
    }

    record WatchPayload(WatchLevel level) {
    }

    record MarkNotificationsReadInput(@Nullable List<String> ids) {
    }

    record MarkNotificationsReadPayload(long unreadCount) {
    }

    /** A page of notifications with the unread count of all of them. */
    record NotificationConnection(List<Connection.Edge<Notification>> edges, Connection.PageInfo pageInfo, long totalCount, long unreadCount) {
        static NotificationConnection of(Notifications notifications) {
            Connection<Notification> page = notifications.page();
            return new NotificationConnection(page.edges(), page.pageInfo(), page.totalCount(), notifications.unreadCount());
        }
    }

    private final Following following;
    private final Forum forum;
    private final Accounts accounts;
    private final EventBus events;
    private final Challenges challenges;

    AttentionController(Following following, Forum forum, Accounts accounts, EventBus events, Challenges challenges) {
        this.challenges = challenges;
        this.following = following;
        this.forum = forum;
        this.accounts = accounts;
        this.events = events;
    }

    @QueryMapping
    NotificationConnection notifications(@Argument Integer first, @Argument String after, @Argument boolean unreadOnly,
                                         @ContextValue(Viewers.KEY) Viewer viewer) {
        return NotificationConnection.of(following.notifications(unreadOnly, PageRequest.of(first, after), viewer));
    }

    @MutationMapping
    WatchPayload watch(@Argument WatchInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        GlobalId target = GlobalId.parse(input.targetId());
        Following.Target kind = switch (target.type()) {
            case "Thread" -> Following.Target.THREAD;
            case "Category" -> Following.Target.CATEGORY;
            case "Challenge" -> Following.Target.CHALLENGE;
            case "Component" -> Following.Target.COMPONENT;
            default -> throw new PlatformException.InvalidArgument("one watches a thread, a category, a challenge or a component, not a " + target.type());
        };
        return new WatchPayload(following.watch(kind, target.id(), input.level(), viewer));
    }

    @MutationMapping
    MarkNotificationsReadPayload markNotificationsRead(@Argument MarkNotificationsReadInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        List<String> ids = input.ids() == null ? null : input.ids().stream().map(id -> GlobalId.expect(id, "Notification")).toList();
        return new MarkNotificationsReadPayload(following.markRead(ids, viewer));
    }

    /** The viewer's own new notifications; an anonymous connection has none to hear. */
    @SubscriptionMapping("notifications")
    Flux<Notification> notificationStream(@ContextValue(Viewers.KEY) Viewer viewer) {
        String personId = viewer.requirePerson();
        return events.on(NotificationCreated.class).filter(e -> e.personId().equals(personId))
                .concatMap(e -> Mono.fromCallable(() -> following.notificationsByIds(List.of(e.notificationId()), viewer).stream().findFirst().orElse(null))
                        .subscribeOn(Schedulers.boundedElastic()));
    }

    @SchemaMapping(typeName = "Notification")
    Instant createdAt(Notification notification) {
        return notification.createdAt();
    }

    @BatchMapping(typeName = "Notification")
    Map<Notification, Post> post(List<Notification> batch, GraphQLContext context) {
        return Batches.byKey(batch, Notification::postId,
                forum.postsByIds(batch.stream().map(Notification::postId).filter(Objects::nonNull).distinct().toList(), Viewers.of(context)));
    }

    @BatchMapping(typeName = "Notification")
    Map<Notification, Thread> thread(List<Notification> batch) {
        return Batches.byKey(batch, Notification::threadId,
                forum.threadsByIds(batch.stream().map(Notification::threadId).filter(Objects::nonNull).distinct().toList()));
    }

    @BatchMapping(typeName = "Notification")
    Map<Notification, Challenge> challenge(List<Notification> batch, GraphQLContext context) {
        return Batches.byKey(batch, Notification::challengeId,
                challenges.byIds(batch.stream().map(Notification::challengeId).filter(Objects::nonNull).distinct().toList(), Viewers.of(context)));
    }

    @BatchMapping(typeName = "Notification")
    Map<Notification, Person> actor(List<Notification> batch) {
        return Batches.byKey(batch, Notification::actorId,
                accounts.people(batch.stream().map(Notification::actorId).filter(Objects::nonNull).distinct().toList()));
    }
}
