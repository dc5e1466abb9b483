package echanges.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import echanges.platform.Viewer;

/** Every posting limit of new accounts, through the forum, answered with when to try again. */
class PostingLimitsTests extends ForumFixture {

    @BeforeEach
    void stopTheClock() {
        clock.step(Duration.ZERO);
    }

    @Test
    void shouldSpaceANewcomersPostsThirtySecondsApart() {
        Viewer newcomer = newcomer();
        StartedThread thread = thread(newcomer);
        Instant first = thread.post().createdAt();

        clock.advance(Duration.ofSeconds(29));
        assertThatThrownBy(() -> forum.reply(thread.post().id(), "Trop vite", newcomer))
                .isInstanceOfSatisfying(ForumException.LimitReached.class, e -> assertThat(e.retryAt()).isEqualTo(first.plus(Duration.ofSeconds(30))));

        clock.advance(Duration.ofSeconds(1));
        assertThat(forum.reply(thread.post().id(), "À temps", newcomer).body()).isEqualTo("À temps");
    }

    @Test
    void shouldCapThreadsOnTheFirstDayUntilItEnds() {
        clock.set(Instant.parse("2026-12-01T10:00:00Z"));
        Viewer newcomer = newcomer();
        Instant registered = clock.peek();
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(1));
            thread(newcomer);
        }
        clock.advance(Duration.ofMinutes(1));

        assertThatThrownBy(() -> thread(newcomer))
                .isInstanceOfSatisfying(ForumException.LimitReached.class, e -> assertThat(e.retryAt()).isEqualTo(registered.plus(Duration.ofDays(1))))
                .hasMessageContaining("3 threads");
        clock.set(registered.plus(Duration.ofDays(1)));
        assertThat(thread(newcomer).thread()).isNotNull();
    }

    @Test
    void shouldCapRepliesOnTheFirstDay() {
        Post parent = thread(member()).post();
        Viewer newcomer = newcomer();
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofMinutes(1));
            forum.reply(parent.id(), "Réponse " + i, newcomer);
        }
        clock.advance(Duration.ofMinutes(1));

        assertThatThrownBy(() -> forum.reply(parent.id(), "Une de trop", newcomer)).isInstanceOf(ForumException.LimitReached.class)
                .hasMessageContaining("20 replies");
    }

    @Test
    void shouldLimitANewcomersLinksAndEveryonesMentions() {
        Post parent = thread(member()).post();
        Viewer newcomer = newcomer();
        clock.advance(Duration.ofMinutes(1));
        StringBuilder mentions = new StringBuilder();
        for (int i = 0; i < 11; i++) mentions.append(" @").append(handleOf(member()));

        assertThatThrownBy(() -> forum.reply(parent.id(), "https://a.example https://b.example https://c.example", newcomer))
                .isInstanceOf(ForumException.InvalidPost.class).hasMessageContaining("2 links");
        assertThat(forum.reply(parent.id(), "https://a.example https://b.example", newcomer).html()).contains("https://b.example");
        clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> forum.reply(parent.id(), mentions.toString(), member()))
                .isInstanceOf(ForumException.InvalidPost.class).hasMessageContaining("at most 10");
    }

    @Test
    void shouldRelaxTheLimitsWithActivity() {
        Viewer reader = newcomer();
        StartedThread busy = thread(member());
        for (int i = 0; i < 30; i++) {
            clock.advance(Duration.ofMinutes(1));
            forum.reply(busy.post().id(), "Message " + i, member());
        }
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(1));
            forum.markRead(i == 0 ? busy.thread().id() : thread(member()).thread().id(), reader);
        }
        clock.advance(Duration.ofMinutes(1));

        assertThat(forum.reply(busy.post().id(), "https://a.example https://b.example https://c.example", reader).body()).contains("c.example");
    }
}
