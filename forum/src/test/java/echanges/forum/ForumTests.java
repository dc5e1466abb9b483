package echanges.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import echanges.platform.Language;
import echanges.platform.PageRequest;
import echanges.platform.PlatformException;
import echanges.platform.Viewer;
import echanges.procurement.ChallengeDraft;

class ForumTests extends ForumFixture {

    private List<Post> posts(String threadId, ThreadView view, Viewer viewer) {
        return forum.postsOf(List.of(threadId), PageRequest.of(100, null), view, viewer).get(threadId).nodes();
    }

    @Nested
    class Replies {

        @Test
        void shouldListATreeDepthFirstAndAThreadChronologically() {
            Viewer author = member();
            StartedThread thread = thread(author);
            Post a = forum.reply(thread.post().id(), "A", author);
            Post b = forum.reply(thread.post().id(), "B", author);
            Post a1 = forum.reply(a.id(), "A1", author);

            assertThat(posts(thread.thread().id(), ThreadView.CHRONOLOGICAL, author)).extracting(Post::body)
                    .containsExactly("Bonjour à toutes et à tous.", "A", "B", "A1");
            assertThat(posts(thread.thread().id(), ThreadView.TREE, author)).extracting(Post::body, Post::depth)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Bonjour à toutes et à tous.", 0), org.assertj.core.groups.Tuple.tuple("A", 1),
                            org.assertj.core.groups.Tuple.tuple("A1", 2), org.assertj.core.groups.Tuple.tuple("B", 1));
            assertThat(forum.repliesTo(List.of(a.id()), PageRequest.of(10, null), author).get(a.id()).nodes()).extracting(Post::id).containsExactly(a1.id());
            assertThat(b.replyToId()).isEqualTo(thread.post().id());
        }

        @Test
        void shouldRenderMarkdownToSanitisedHtmlAndKeepTheMarkdown() {
            Viewer author = member();
            StartedThread thread = thread(author);

            Post post = forum.reply(thread.post().id(), "**Oui** <script>alert(1)</script> | a |\n|---|\n| b |", author);

            assertThat(post.body()).contains("<script>");
            assertThat(post.html()).contains("<strong>Oui</strong>").doesNotContain("<script");
        }

        @Test
        void shouldRefuseADraftSubjectAnAnonymousAuthorAndAReplyToNothing() {
            Viewer officer = officerWithDraft();
            String draftId = challenges.page(echanges.procurement.ChallengeFilter.NONE, PageRequest.of(1, null), officer).nodes().getFirst().id();

            assertThatThrownBy(() -> forum.start(new NewThread("Question", "Le brouillon?", new Subject(Subject.Kind.CHALLENGE, draftId), null, List.of()), officer))
                    .isInstanceOf(ForumException.SubjectNotFound.class);
            assertThatThrownBy(() -> forum.start(new NewThread("Titre", "Texte", null, null, List.of()), Viewer.anonymous()))
                    .isInstanceOf(PlatformException.Unauthenticated.class);
            assertThatThrownBy(() -> forum.reply("no-such-post", "Texte", member())).isInstanceOf(ForumException.PostNotFound.class);
        }

        @Test
        void shouldRefuseRepliesToALockedThreadExceptFromModerators() {
            Viewer author = member();
            Viewer moderator = moderator();
            StartedThread thread = thread(author);
            moderation.moderate(thread.thread().id(), true, null, null, moderator);

            assertThatThrownBy(() -> forum.reply(thread.post().id(), "Encore?", author)).isInstanceOf(ForumException.WrongState.class);
            assertThat(forum.reply(thread.post().id(), "Fermé.", moderator).body()).isEqualTo("Fermé.");
        }

        private Viewer officerWithDraft() {
            Viewer member = member();
            var body = accounts.createPublicBody("Ville de Sherbrooke", "QC");
            accounts.grant(member.personId(), body.id(), echanges.accounts.MembershipRole.OFFICER);
            Viewer officer = accounts.viewer(member.personId()).orElseThrow();
            challenges.draft(new ChallengeDraft(body.id(), "Brouillon", "Le besoin", Language.FR, new BigDecimal("1000"),
                    clock.peek().plus(Duration.ofDays(30)), List.of()), officer);
            return officer;
        }
    }

    @Nested
    class Revisions {

        @Test
        void shouldAmendSilentlyWithinTheGracePeriodAndKeepRevisionsAfterIt() {
            Viewer author = member();
            Post post = thread(author).post();
            clock.step(Duration.ZERO);
            Instant created = post.createdAt();

            clock.set(created.plus(Duration.ofMinutes(4)));
            forum.edit(post.id(), "Bonjour (coquille corrigée).", author);
            assertThat(forum.revisions(List.of(post.id())).get(post.id())).isEmpty();

            clock.set(created.plus(Duration.ofMinutes(10)));
            Post edited = forum.edit(post.id(), "Bonjour, nouvelle version.", author);
            List<Revision> revisions = forum.revisions(List.of(post.id())).get(post.id());

            assertThat(edited.editedAt()).isEqualTo(created.plus(Duration.ofMinutes(10)));
            assertThat(revisions).extracting(Revision::number, Revision::body).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(1, "Bonjour (coquille corrigée)."),
                    org.assertj.core.groups.Tuple.tuple(2, "Bonjour, nouvelle version."));
            assertThat(revisions.get(1).editorId()).isEqualTo(author.personId());
            assertThat(revisions.get(1).editedAt()).isEqualTo(created.plus(Duration.ofMinutes(10)));
        }

        @Test
        void shouldLetOnlyTheAuthorOrAModeratorEdit() {
            Viewer author = member();
            Post post = thread(author).post();

            assertThatThrownBy(() -> forum.edit(post.id(), "Piraté", member())).isInstanceOf(ForumException.NotAllowed.class);
            assertThat(forum.edit(post.id(), "Corrigé par la modération", moderator()).body()).isEqualTo("Corrigé par la modération");
        }

        @Test
        void shouldDeleteTheTextButKeepThePlaceInTheTree() {
            Viewer author = member();
            StartedThread thread = thread(author);
            Post reply = forum.reply(thread.post().id(), "À supprimer", author);
            Post answer = forum.reply(reply.id(), "Réponse à la réponse", member());

            assertThatThrownBy(() -> forum.delete(reply.id(), member())).isInstanceOf(ForumException.NotAllowed.class);
            Post deleted = forum.delete(reply.id(), author);

            assertThat(deleted.deleted()).isTrue();
            assertThat(deleted.body()).isEmpty();
            assertThat(posts(thread.thread().id(), ThreadView.TREE, author)).extracting(Post::id)
                    .containsExactly(thread.post().id(), reply.id(), answer.id());
        }
    }

    @Nested
    class VotesAndAnswers {

        @Test
        void shouldCountOneVotePerPersonWhichTheyMayWithdraw() {
            Viewer author = member();
            Viewer voter = member();
            Post reply = forum.reply(thread(author).post().id(), "Utile", author);

            forum.vote(reply.id(), true, voter);
            Post voted = forum.vote(reply.id(), true, voter);
            assertThat(voted.voteCount()).isEqualTo(1);
            assertThat(voted.viewerHasVoted()).isTrue();

            Post withdrawn = forum.vote(reply.id(), false, voter);
            assertThat(withdrawn.voteCount()).isZero();
            assertThatThrownBy(() -> forum.vote(reply.id(), true, author)).isInstanceOf(ForumException.NotAllowed.class);
        }

        @Test
        void shouldLetTheAuthorOrAModeratorAcceptAReply() {
            Viewer author = member();
            StartedThread thread = thread(author);
            Post reply = forum.reply(thread.post().id(), "La réponse", member());

            assertThatThrownBy(() -> forum.accept(thread.thread().id(), reply.id(), member())).isInstanceOf(ForumException.NotAllowed.class);
            assertThatThrownBy(() -> forum.accept(thread.thread().id(), thread.post().id(), author)).isInstanceOf(ForumException.WrongState.class);
            Thread solved = forum.accept(thread.thread().id(), reply.id(), author);

            assertThat(solved.solved()).isTrue();
            assertThat(solved.acceptedPostId()).isEqualTo(reply.id());
            assertThat(forum.accept(thread.thread().id(), null, moderator()).solved()).isFalse();
        }

        @Test
        void shouldSortUnansweredThreadsAndPinnedThreadsFirst() {
            Viewer author = member();
            String tag = "t" + java.util.UUID.randomUUID().toString().substring(0, 6);
            Thread answered = forum.start(new NewThread("Répondu", "Q", null, null, List.of(tag)), author).thread();
            forum.reply(forum.postsOf(List.of(answered.id()), PageRequest.of(1, null), ThreadView.CHRONOLOGICAL, author).get(answered.id()).nodes().getFirst().id(), "R", author);
            Thread open = forum.start(new NewThread("Sans réponse", "Q", null, null, List.of(tag)), author).thread();
            Thread pinned = forum.start(new NewThread("Épinglé", "Q", null, null, List.of(tag)), author).thread();
            moderation.moderate(pinned.id(), null, true, null, moderator());
            Thread latest = forum.start(new NewThread("Le plus récent", "Q", null, null, List.of(tag)), author).thread();
            ThreadFilter filter = new ThreadFilter(null, null, tag);

            assertThat(forum.threads(filter, ThreadSort.UNANSWERED, PageRequest.of(10, null)).nodes()).extracting(Thread::id)
                    .containsExactly(latest.id(), pinned.id(), open.id());
            assertThat(forum.threads(filter, ThreadSort.LATEST_ACTIVITY, PageRequest.of(10, null)).nodes()).extracting(Thread::id)
                    .startsWith(pinned.id(), latest.id());
        }
    }
}
