package echanges.forum.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import echanges.forum.rules.LimitExceeded.FirstDayLimitReached;
import echanges.forum.rules.LimitExceeded.PostingTooFast;
import echanges.forum.rules.LimitExceeded.TooManyLinks;
import echanges.forum.rules.LimitExceeded.TooManyMentions;

class PostingLimitsTests {

    private static final Instant NOW = Instant.parse("2026-11-02T15:00:00Z");
    private static final ForumSettings DEFAULTS = ForumSettings.DEFAULTS;
    /** Long enough ago that the first day's caps are over. */
    private static final Instant LONG_AGO = NOW.minus(Duration.ofDays(100));
    private static final PostAttempt REPLY = new PostAttempt(PostKind.REPLY, 0, 0);
    private static final PostAttempt THREAD = new PostAttempt(PostKind.THREAD, 0, 0);

    private static void check(PostAttempt attempt, TrustLevel level, Instant registeredAt, List<RecentPost> recent) {
        PostingLimits.check(attempt, level, registeredAt, recent, DEFAULTS, NOW);
    }

    /** {@code count} posts of a kind, a minute apart from {@code first}. */
    private static Stream<RecentPost> posts(int count, PostKind kind, Instant first) {
        return IntStream.range(0, count).mapToObj(i -> new RecentPost(first.plus(Duration.ofMinutes(i)), kind));
    }

    @Nested
    class Interval {

        @ParameterizedTest
        @CsvSource(textBlock = """
                # level,  seconds since the last post, refused until (empty: accepted)
                NEW,      29,  2026-11-02T15:00:01Z
                NEW,      30,
                NEW,      0,   2026-11-02T15:00:30Z
                BASIC,    29,  2026-11-02T15:00:01Z
                BASIC,    30,
                BASIC,    3600,
                MEMBER,   4,   2026-11-02T15:00:01Z
                MEMBER,   5,
                MEMBER,   29,
                REGULAR,  4,   2026-11-02T15:00:01Z
                REGULAR,  5,
                """)
        void shouldSpacePostsByTheTrustLevelsInterval(TrustLevel level, long secondsSinceLastPost, Instant refusedUntil) {
            List<RecentPost> recent = List.of(new RecentPost(NOW.minusSeconds(secondsSinceLastPost), PostKind.REPLY));

            if (refusedUntil == null) {
                assertThatCode(() -> check(REPLY, level, LONG_AGO, recent)).doesNotThrowAnyException();
            } else {
                PostingTooFast refused = catchThrowableOfType(PostingTooFast.class, () -> check(REPLY, level, LONG_AGO, recent));

                assertThat(refused.retryAt()).isEqualTo(refusedUntil);
            }
        }

        @Test
        void shouldCountFromTheLatestPostWhateverTheOrder() {
            List<RecentPost> recent = List.of(
                    new RecentPost(NOW.minusSeconds(300), PostKind.REPLY),
                    new RecentPost(NOW.minusSeconds(10), PostKind.THREAD),
                    new RecentPost(NOW.minusSeconds(60), PostKind.REPLY));

            PostingTooFast refused = catchThrowableOfType(PostingTooFast.class, () -> check(REPLY, TrustLevel.NEW, LONG_AGO, recent));

            assertThat(refused.retryAt()).isEqualTo(NOW.plusSeconds(20));
            assertThat(refused.interval()).isEqualTo(Duration.ofSeconds(30));
        }

        @Test
        void shouldLetAFirstPostThrough() {
            assertThatCode(() -> check(THREAD, TrustLevel.NEW, NOW, List.of())).doesNotThrowAnyException();
        }

        @Test
        void shouldSayTheRuleAndWhenToRetry() {
            List<RecentPost> recent = List.of(new RecentPost(NOW.minusSeconds(29), PostKind.REPLY));

            PostingTooFast refused = catchThrowableOfType(PostingTooFast.class, () -> check(REPLY, TrustLevel.NEW, LONG_AGO, recent));

            assertThat(refused).hasMessage("at trust level new, posts are at least 30 seconds apart; try again at 2026-11-02T15:00:01Z");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                # level | post interval | member interval | message
                MEMBER  | PT30S         | PT5S            | at trust level member, posts are at least 5 seconds apart; try again at 2026-11-02T15:00:04Z
                BASIC   | PT1M          | PT1S            | at trust level basic, posts are at least 1 minute apart; try again at 2026-11-02T15:00:59Z
                NEW     | PT2H          | PT1S            | at trust level new, posts are at least 2 hours apart; try again at 2026-11-02T16:59:59Z
                NEW     | PT1.5S        | PT1S            | at trust level new, posts are at least 1500 ms apart; try again at 2026-11-02T15:00:00.500Z
                """)
        void shouldApplyTheSettingsOwnIntervalsAndNameThem(TrustLevel level, Duration postInterval, Duration memberPostInterval, String message) {
            ForumSettings settings = Settings.defaultsWith("memberPostInterval", memberPostInterval);
            ForumSettings custom = new ForumSettings(postInterval, settings.memberPostInterval(), settings.firstDayThreads(),
                    settings.firstDayReplies(), settings.newUserLinks(), settings.mentionsPerPost(), settings.flagsToHide(),
                    settings.editGracePeriod(), settings.basic(), settings.member(), settings.regular());
            List<RecentPost> recent = List.of(new RecentPost(NOW.minusSeconds(1), PostKind.REPLY));

            PostingTooFast refused = catchThrowableOfType(PostingTooFast.class,
                    () -> PostingLimits.check(REPLY, level, LONG_AGO, recent, custom, NOW));

            assertThat(refused).hasMessage(message);
        }
    }

    @Nested
    class FirstDay {

        /** Registered two hours ago: the first day ends 2026-11-03T13:00:00Z. */
        private static final Instant REGISTERED = NOW.minus(Duration.ofHours(2));
        private static final Instant FIRST_DAY_ENDS = Instant.parse("2026-11-03T13:00:00Z");

        @ParameterizedTest
        @CsvSource(textBlock = """
                # attempting, threads already, replies already, accepted
                THREAD,      0,  0,  true
                THREAD,      2,  0,  true
                THREAD,      3,  0,  false
                THREAD,      2,  20, true
                REPLY,       0,  19, true
                REPLY,       0,  20, false
                REPLY,       3,  19, true
                REPLY,       3,  25, false
                """)
        void shouldCapThreadsAndRepliesApart(PostKind attempting, int threads, int replies, boolean accepted) {
            List<RecentPost> recent = Stream.concat(
                    posts(threads, PostKind.THREAD, REGISTERED.plusSeconds(60)),
                    posts(replies, PostKind.REPLY, REGISTERED.plus(Duration.ofMinutes(10)))).toList();
            PostAttempt attempt = new PostAttempt(attempting, 0, 0);

            if (accepted) {
                assertThatCode(() -> check(attempt, TrustLevel.NEW, REGISTERED, recent)).doesNotThrowAnyException();
            } else {
                FirstDayLimitReached refused = catchThrowableOfType(FirstDayLimitReached.class,
                        () -> check(attempt, TrustLevel.NEW, REGISTERED, recent));

                assertThat(refused.retryAt()).isEqualTo(FIRST_DAY_ENDS);
                assertThat(refused.kind()).isEqualTo(attempting);
            }
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                # attempting | message
                THREAD       | new accounts may start 3 threads in their first day; try again at 2026-11-03T13:00:00Z
                REPLY        | new accounts may post 20 replies in their first day; try again at 2026-11-03T13:00:00Z
                """)
        void shouldSayTheCapAndWhenTheFirstDayEnds(PostKind attempting, String message) {
            List<RecentPost> recent = Stream.concat(posts(3, PostKind.THREAD, REGISTERED), posts(20, PostKind.REPLY, REGISTERED)).toList();

            FirstDayLimitReached refused = catchThrowableOfType(FirstDayLimitReached.class,
                    () -> check(new PostAttempt(attempting, 0, 0), TrustLevel.NEW, REGISTERED, recent));

            assertThat(refused).hasMessage(message);
            assertThat(refused.limit()).isEqualTo(attempting == PostKind.THREAD ? 3 : 20);
        }

        @ParameterizedTest
        @CsvSource(textBlock = """
                # time since registration, accepted (3 threads already, the last one an hour ago)
                PT1H1M,           false
                PT23H59M59S,      false
                P1D,              true
                P1DT1S,           true
                """)
        void shouldLiftTheCapsWhenTheFirstDayEnds(Duration sinceRegistration, boolean accepted) {
            Instant registered = NOW.minus(sinceRegistration);
            List<RecentPost> recent = posts(3, PostKind.THREAD, NOW.minus(Duration.ofMinutes(62))).toList();

            if (accepted) assertThatCode(() -> check(THREAD, TrustLevel.NEW, registered, recent)).doesNotThrowAnyException();
            else assertThat(catchThrowableOfType(FirstDayLimitReached.class, () -> check(THREAD, TrustLevel.NEW, registered, recent)).retryAt())
                    .isEqualTo(registered.plus(Duration.ofDays(1)));
        }

        @ParameterizedTest
        @EnumSource(names = {"BASIC", "MEMBER", "REGULAR"})
        void shouldLiftTheCapsOnceTrusted(TrustLevel level) {
            List<RecentPost> recent = Stream.concat(posts(10, PostKind.THREAD, REGISTERED), posts(50, PostKind.REPLY, REGISTERED)).toList();

            assertThatCode(() -> check(THREAD, level, REGISTERED, recent)).doesNotThrowAnyException();
            assertThatCode(() -> check(REPLY, level, REGISTERED, recent)).doesNotThrowAnyException();
        }

        @Test
        void shouldApplyTheSettingsOwnCaps() {
            ForumSettings oneThread = Settings.defaultsWith("firstDayThreads", 1);
            List<RecentPost> recent = posts(1, PostKind.THREAD, REGISTERED).toList();

            FirstDayLimitReached refused = catchThrowableOfType(FirstDayLimitReached.class,
                    () -> PostingLimits.check(THREAD, TrustLevel.NEW, REGISTERED, recent, oneThread, NOW));

            assertThat(refused).hasMessageStartingWith("new accounts may start 1 thread in their first day");
        }
    }

    @Nested
    class Links {

        @ParameterizedTest
        @CsvSource(textBlock = """
                # level,  links, accepted
                NEW,      0,     true
                NEW,      2,     true
                NEW,      3,     false
                NEW,      40,    false
                BASIC,    3,     true
                BASIC,    500,   true
                MEMBER,   500,   true
                REGULAR,  500,   true
                """)
        void shouldLimitLinksOfNewAccountsOnly(TrustLevel level, int links, boolean accepted) {
            PostAttempt attempt = new PostAttempt(PostKind.REPLY, links, 0);

            if (accepted) assertThatCode(() -> check(attempt, level, LONG_AGO, List.of())).doesNotThrowAnyException();
            else assertThat(catchThrowableOfType(TooManyLinks.class, () -> check(attempt, level, LONG_AGO, List.of())).links()).isEqualTo(links);
        }

        @Test
        void shouldSayHowManyLinksToRemoveAndNoTimeToWait() {
            TooManyLinks refused = catchThrowableOfType(TooManyLinks.class,
                    () -> check(new PostAttempt(PostKind.THREAD, 3, 0), TrustLevel.NEW, LONG_AGO, List.of()));

            assertThat(refused).hasMessage("new accounts may put at most 2 links in a post; this one has 3: remove 1 link to post it");
            assertThat(refused.limit()).isEqualTo(2);
            assertThat(refused.retryAt()).isNull();
        }
    }

    @Nested
    class Mentions {

        @ParameterizedTest
        @CsvSource(textBlock = """
                # level,  mentions, accepted
                NEW,      10,       true
                NEW,      11,       false
                BASIC,    11,       false
                MEMBER,   10,       true
                REGULAR,  10,       true
                REGULAR,  11,       false
                REGULAR,  0,        true
                """)
        void shouldLimitMentionsForEveryone(TrustLevel level, int mentions, boolean accepted) {
            PostAttempt attempt = new PostAttempt(PostKind.REPLY, 0, mentions);

            if (accepted) assertThatCode(() -> check(attempt, level, LONG_AGO, List.of())).doesNotThrowAnyException();
            else assertThat(catchThrowableOfType(TooManyMentions.class, () -> check(attempt, level, LONG_AGO, List.of())).mentions())
                    .isEqualTo(mentions);
        }

        @Test
        void shouldSayHowManyMentionsToRemoveAndNoTimeToWait() {
            TooManyMentions refused = catchThrowableOfType(TooManyMentions.class,
                    () -> check(new PostAttempt(PostKind.REPLY, 0, 12), TrustLevel.REGULAR, LONG_AGO, List.of()));

            assertThat(refused).hasMessage("a post may mention at most 10 people; this one mentions 12: remove 2 mentions to post it");
            assertThat(refused.limit()).isEqualTo(10);
            assertThat(refused.retryAt()).isNull();
        }
    }

    @Nested
    class Precedence {

        @Test
        void shouldReportContentBeforeTimeSinceWaitingWouldNotHelp() {
            List<RecentPost> recent = List.of(new RecentPost(NOW.minusSeconds(1), PostKind.REPLY));

            Throwable refused = catchThrowableOfType(LimitExceeded.class,
                    () -> check(new PostAttempt(PostKind.REPLY, 3, 0), TrustLevel.NEW, LONG_AGO, recent));

            assertThat(refused).isInstanceOf(TooManyLinks.class);
        }

        @Test
        void shouldReportTheFirstDayWhenItEndsAfterTheInterval() {
            Instant registered = NOW.minus(Duration.ofHours(2));
            List<RecentPost> recent = new ArrayList<>(posts(2, PostKind.THREAD, registered).toList());
            recent.add(new RecentPost(NOW.minusSeconds(10), PostKind.THREAD));

            LimitExceeded refused = catchThrowableOfType(LimitExceeded.class, () -> check(THREAD, TrustLevel.NEW, registered, recent));

            assertThat(refused).isInstanceOf(FirstDayLimitReached.class);
            assertThat(refused.retryAt()).isEqualTo(registered.plus(Duration.ofDays(1)));
        }

        @Test
        void shouldReportTheIntervalWhenItEndsAfterTheFirstDay() {
            Instant registered = NOW.minus(Duration.ofDays(1)).plusSeconds(10);
            List<RecentPost> recent = new ArrayList<>(posts(2, PostKind.THREAD, registered).toList());
            recent.add(new RecentPost(NOW.minusSeconds(5), PostKind.THREAD));

            LimitExceeded refused = catchThrowableOfType(LimitExceeded.class, () -> check(THREAD, TrustLevel.NEW, registered, recent));

            assertThat(refused).isInstanceOf(PostingTooFast.class);
            assertThat(refused.retryAt()).isEqualTo(NOW.plusSeconds(25));
        }
    }

    @Test
    void shouldRefuseNegativeCounts() {
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> new PostAttempt(PostKind.REPLY, -1, 0))).hasMessageContaining("-1 links");
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> new PostAttempt(PostKind.REPLY, 0, -1))).hasMessageContaining("-1 mentions");
    }
}
