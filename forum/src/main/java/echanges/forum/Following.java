package echanges.forum;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import echanges.platform.EventBus;
import echanges.platform.Graph;
import echanges.platform.PageRequest;
import echanges.platform.Viewer;

/** The forum module's API for attention: watch levels and notifications. */
public class Following {

    /** What can be watched. */
    public enum Target {
        THREAD("Thread"), CATEGORY("Category"), CHALLENGE("Challenge"), COMPONENT("Component");

        final String label;

        Target(String label) {
            this.label = label;
        }
    }

    private final Clock clock;
    private final EventBus events;
    private final ThreadRepository threads;
    private final NotificationRepository notifications;

    public Following(Graph graph, Clock clock, EventBus events) {
        this.clock = clock;
        this.events = events;
        this.threads = new ThreadRepository(graph);
        this.notifications = new NotificationRepository(graph);
    }

    public WatchLevel watch(Target target, String targetId, WatchLevel level, Viewer viewer) {
        String personId = viewer.requirePerson();
        if (!threads.watch(personId, target.label, targetId, level))
            throw new ForumException.WrongState("there is no " + target.name().toLowerCase(java.util.Locale.ROOT) + " " + targetId + " to watch");
        return level;
    }

    /** Tells everyone following a challenge that an addendum changed it (s. 9: sent to all interested suppliers). */
    public int notifyAddendum(String challengeId) {
        return publish(notifications.notifyChallengeFollowers(challengeId, NotificationKind.ADDENDUM, clock.instant()));
    }

    /** Tells everyone watching or tracking a component of a new release or a new use (COMPONENT_RELEASED, COMPONENT_USED). */
    public int notifyComponentWatchers(String componentId, NotificationKind kind) {
        return publish(notifications.notifyComponentWatchers(componentId, kind, clock.instant()));
    }

    /** Tells a challenge's followers that it changed stage (shortlist, decision, cancellation). */
    public int notifyChallengeUpdated(String challengeId) {
        return publish(notifications.notifyChallengeFollowers(challengeId, NotificationKind.CHALLENGE_UPDATED, clock.instant()));
    }

    /** Tells these people, the members of the suppliers that filed, that their result is ready (s. 26). */
    public int notifyAwardResult(String challengeId, java.util.Set<String> personIds) {
        return publish(notifications.notifyAboutChallenge(personIds, challengeId, NotificationKind.AWARD_RESULT, clock.instant()));
    }

    private int publish(List<java.util.Map.Entry<String, String>> created) {
        created.forEach(c -> events.publish(new NotificationCreated(c.getKey(), c.getValue())));
        return created.size();
    }

    /** Tells a person that a new item (of a search type, by id) matches one of their saved searches. */
    public void notifySearchAlert(String personId, String type, String nodeId) {
        notifications.notifySearchAlert(personId, type, nodeId, clock.instant())
                .ifPresent(id -> events.publish(new NotificationCreated(personId, id)));
    }

    public Notifications notifications(boolean unreadOnly, PageRequest page, Viewer viewer) {
        return notifications.page(viewer.requirePerson(), unreadOnly, page);
    }

    /** The viewer's own notifications among {@code ids}; others' are never returned. */
    public List<Notification> notificationsByIds(Collection<String> ids, Viewer viewer) {
        return viewer.personId() == null ? List.of() : notifications.byIds(viewer.personId(), ids);
    }

    /** Marks these notifications (all when null) read; returns how many stay unread. */
    public long markRead(@Nullable Collection<String> ids, Viewer viewer) {
        return notifications.markRead(viewer.requirePerson(), ids, clock.instant());
    }
}
