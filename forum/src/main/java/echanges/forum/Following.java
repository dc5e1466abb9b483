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
        THREAD("Thread"), CATEGORY("Category"), CHALLENGE("Challenge");

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
        List<java.util.Map.Entry<String, String>> created = notifications.notifyChallengeFollowers(challengeId, NotificationKind.ADDENDUM, clock.instant());
        created.forEach(c -> events.publish(new NotificationCreated(c.getKey(), c.getValue())));
        return created.size();
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
