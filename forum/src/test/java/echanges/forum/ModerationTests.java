package echanges.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import echanges.accounts.AccountsException;
import echanges.platform.PageRequest;
import echanges.platform.Viewer;

/** Flags hide a post at the threshold; moderators review, restore, lock, pin, move and suspend. */
class ModerationTests extends ForumFixture {

    @Test
    void shouldHideAPostAtThreeFlagsAndRestoreItFromTheReviewQueue() {
        Viewer author = member();
        Viewer moderator = moderator();
        Post post = forum.reply(thread(author).post().id(), "Achetez nos montres !", author);

        moderation.flag(post.id(), FlagReason.SPAM, null, member());
        moderation.flag(post.id(), FlagReason.OFFENSIVE, null, member());
        assertThat(forum.postsByIds(List.of(post.id()), member()).get(post.id()).hidden()).isFalse();
        moderation.flag(post.id(), FlagReason.OTHER, "publicité", member());

        Post hidden = forum.postsByIds(List.of(post.id()), member()).get(post.id());
        assertThat(hidden.hidden()).isTrue();
        assertThat(hidden.body()).isEmpty();
        assertThat(forum.postsByIds(List.of(post.id()), author).get(post.id()).body()).isEqualTo("Achetez nos montres !");
        assertThat(moderation.reviewQueue(PageRequest.of(100, null), moderator).nodes())
                .filteredOn(item -> item.post().id().equals(post.id())).singleElement()
                .satisfies(item -> assertThat(item.flags()).extracting(Flag::reason).containsExactlyInAnyOrder(FlagReason.SPAM, FlagReason.OFFENSIVE, FlagReason.OTHER));

        Post restored = moderation.setHidden(post.id(), false, moderator);

        assertThat(restored.hidden()).isFalse();
        assertThat(moderation.reviewQueue(PageRequest.of(100, null), moderator).nodes()).noneMatch(item -> item.post().id().equals(post.id()));
    }

    @Test
    void shouldRefuseASecondFlagOneOwnPostAndAnUnexplainedOther() {
        Viewer author = member();
        Viewer flagger = member();
        Post post = forum.reply(thread(author).post().id(), "Hors sujet", author);
        moderation.flag(post.id(), FlagReason.OFF_TOPIC, null, flagger);

        assertThatThrownBy(() -> moderation.flag(post.id(), FlagReason.SPAM, null, flagger)).isInstanceOf(ForumException.WrongState.class);
        assertThatThrownBy(() -> moderation.flag(post.id(), FlagReason.SPAM, null, author)).isInstanceOf(ForumException.NotAllowed.class);
        assertThatThrownBy(() -> moderation.flag(post.id(), FlagReason.OTHER, " ", member())).isInstanceOf(ForumException.InvalidPost.class);
    }

    @Test
    void shouldKeepTheReviewQueueAndModerationForModerators() {
        Viewer member = member();
        StartedThread thread = thread(member);

        assertThatThrownBy(() -> moderation.reviewQueue(PageRequest.of(10, null), member)).isInstanceOf(ForumException.NotAllowed.class);
        assertThatThrownBy(() -> moderation.moderate(thread.thread().id(), true, null, null, member)).isInstanceOf(ForumException.NotAllowed.class);
    }

    @Test
    void shouldPinLockAndMoveAThread() {
        Viewer moderator = moderator();
        StartedThread thread = thread(member());
        Category target = forum.categories().getLast();

        Thread moderated = moderation.moderate(thread.thread().id(), true, true, target.id(), moderator);

        assertThat(moderated.locked()).isTrue();
        assertThat(moderated.pinned()).isTrue();
        assertThat(moderated.categoryId()).isEqualTo(target.id());
    }

    @Test
    void shouldLetASuspendedPersonReadButNotWrite() {
        Viewer moderator = moderator();
        Viewer member = member();
        StartedThread thread = thread(member);

        assertThatThrownBy(() -> accounts.suspend(member.personId(), clock.peek().plus(Duration.ofDays(7)), "spam", member))
                .isInstanceOf(AccountsException.NotAModerator.class);
        accounts.suspend(member.personId(), clock.peek().plus(Duration.ofDays(7)), "spam", moderator);
        Viewer suspended = accounts.viewer(member.personId()).orElseThrow();

        assertThatThrownBy(() -> forum.reply(thread.post().id(), "Encore moi", suspended)).isInstanceOf(ForumException.NotAllowed.class)
                .hasMessageContaining("suspended until");
        assertThat(forum.postsByIds(List.of(thread.post().id()), suspended)).containsKey(thread.post().id());
        clock.advance(Duration.ofDays(8));
        assertThat(forum.reply(thread.post().id(), "De retour", accounts.viewer(member.personId()).orElseThrow()).body()).isEqualTo("De retour");
    }
}
