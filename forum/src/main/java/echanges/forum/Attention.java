package echanges.forum;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Who hears of a new post, as in Discourse: the most specific watch level applies (thread, then
 * challenge, then category, else NORMAL). MUTED silences everything; otherwise a mention or a reply
 * to one's post always notifies, and WATCHING also notifies of every other post. TRACKING differs
 * from NORMAL in what clients show as unread, not in notifications.
 */
final class Attention {

    private Attention() {
    }

    static WatchLevel effective(@Nullable WatchLevel thread, @Nullable WatchLevel challenge, @Nullable WatchLevel category) {
        if (thread != null) return thread;
        if (challenge != null) return challenge;
        if (category != null) return category;
        return WatchLevel.NORMAL;
    }

    static Optional<NotificationKind> notification(WatchLevel level, boolean mentioned, boolean repliedTo) {
        if (level == WatchLevel.MUTED) return Optional.empty();
        if (mentioned) return Optional.of(NotificationKind.MENTIONED);
        if (repliedTo) return Optional.of(NotificationKind.REPLIED);
        if (level == WatchLevel.WATCHING) return Optional.of(NotificationKind.POSTED);
        return Optional.empty();
    }
}
