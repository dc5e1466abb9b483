package echanges.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import echanges.platform.Viewer;

/** Mentions, replies and watch levels decide who is notified of a post, and nobody else is. */
class AttentionTests extends ForumFixture {

    @Test
    void shouldNotifyTheMentionedPersonOnlyAndLinkTheMention() {
        Viewer author = member();
        Viewer mentioned = member();
        Viewer bystander = member();
        StartedThread thread = thread(author);

        Post post = forum.reply(thread.post().id(), "Qu'en pensez-vous, @" + handleOf(mentioned) + " ? @nobody-by-that-name", bystander);

        assertThat(notificationsOf(mentioned)).extracting(Notification::kind, Notification::postId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(NotificationKind.MENTIONED, post.id()));
        assertThat(notificationsOf(bystander)).isEmpty();
        assertThat(forum.mentions(List.of(post.id())).get(post.id())).containsExactly(mentioned.personId());
        assertThat(post.html()).contains("class=\"mention\"").contains("@nobody-by-that-name");
    }

    @Test
    void shouldNotifyTheAuthorOfTheirOwnThreadWhichTheyWatch() {
        Viewer author = member();
        StartedThread thread = thread(author);
        Viewer replier = member();

        Post reply = forum.reply(thread.post().id(), "Une réponse", replier);
        forum.reply(reply.id(), "Une réponse à la réponse", author);

        assertThat(notificationsOf(author)).extracting(Notification::kind).containsExactly(NotificationKind.REPLIED);
        assertThat(notificationsOf(replier)).extracting(Notification::kind).containsExactly(NotificationKind.REPLIED);
    }

    @Test
    void shouldFollowWatchLevelsFromThreadToCategory() {
        Viewer author = member();
        Viewer categoryWatcher = member();
        Viewer normal = member();
        Viewer muted = member();
        String categoryId = forum.categories().getFirst().id();
        following.watch(Following.Target.CATEGORY, categoryId, WatchLevel.WATCHING, categoryWatcher);
        following.watch(Following.Target.CATEGORY, categoryId, WatchLevel.WATCHING, muted);
        StartedThread thread = forum.start(new NewThread("Annonce", "Nouvelle version", null, categoryId, List.of()), author);
        following.watch(Following.Target.THREAD, thread.thread().id(), WatchLevel.MUTED, muted);

        forum.reply(thread.post().id(), "Merci ! @" + handleOf(muted) + " @" + handleOf(normal), member());

        assertThat(notificationsOf(categoryWatcher)).extracting(Notification::kind).containsExactly(NotificationKind.POSTED, NotificationKind.POSTED);
        // Muting the thread silenced the reply and its mention; the opening post came while the category was watched.
        assertThat(notificationsOf(muted)).extracting(Notification::postId).containsExactly(thread.post().id());
        assertThat(notificationsOf(normal)).extracting(Notification::kind).containsExactly(NotificationKind.MENTIONED);
        assertThat(notificationsOf(author)).extracting(Notification::kind).containsExactly(NotificationKind.REPLIED);
    }

    @Test
    void shouldCountUnreadNotificationsUntilMarkedRead() {
        Viewer author = member();
        StartedThread thread = thread(author);
        forum.reply(thread.post().id(), "Un", member());
        forum.reply(thread.post().id(), "Deux", member());

        Notifications before = following.notifications(true, echanges.platform.PageRequest.of(10, null), author);
        long unread = following.markRead(List.of(before.page().nodes().getFirst().id()), author);

        assertThat(before.unreadCount()).isEqualTo(2);
        assertThat(unread).isEqualTo(1);
        assertThat(following.markRead(null, author)).isZero();
        assertThat(following.notifications(true, echanges.platform.PageRequest.of(10, null), author).page().nodes()).isEmpty();
    }
}
