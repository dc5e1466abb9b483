package echanges.forum;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import echanges.forum.rules.PostKind;
import echanges.platform.EventBus;
import echanges.platform.Graph;
import echanges.platform.Outbox;
import echanges.platform.Viewer;
import echanges.procurement.AddendumPublished;
import echanges.procurement.Challenge;
import echanges.procurement.ChallengeStatus;
import echanges.procurement.Challenges;
import echanges.procurement.calendar.HolidayCalendar;
import echanges.procurement.calendar.QuestionDeadline;

/**
 * Clarification questions about a challenge, built on forum threads (s. 9): a supplier asks,
 * shown anonymously to everyone else; the issuing body answers publicly, its answer marked
 * official and sent to everyone following the challenge; a question that came less than 3
 * business days before closing may be declined; an answer that changes the requirements also
 * becomes an addendum.
 */
public class Questions {

    private static final int TITLE_LENGTH = 120;

    private final Graph graph;
    private final Clock clock;
    private final EventBus events;
    private final Challenges challenges;
    private final Forum forum;
    private final ThreadRepository threads;
    private final PostRepository posts;
    private final NotificationRepository notifications;
    private final HolidayCalendar calendar = HolidayCalendar.quebec();

    public Questions(Graph graph, Clock clock, EventBus events, Challenges challenges, Forum forum) {
        this.graph = graph;
        this.clock = clock;
        this.events = events;
        this.challenges = challenges;
        this.forum = forum;
        this.threads = new ThreadRepository(graph);
        this.posts = new PostRepository(graph);
        this.notifications = new NotificationRepository(graph);
    }

    /** A supplier's representative asks about an open challenge; the question is public, its asker is not. */
    public StartedThread ask(String challengeId, String text, Viewer viewer) {
        Instant now = clock.instant();
        String askerId = Forum.writer(viewer, now);
        if (viewer.representativeOf().isEmpty()) throw new ForumException.NotAllowed("questions about a challenge are asked for a supplier");
        Challenge challenge = openChallenge(challengeId, now);
        PostBody.check(text);
        Composer.Composed composed = forum.composer.compose(text);
        forum.checkLimits(askerId, PostKind.THREAD, composed, now);
        boolean late = QuestionDeadline.mayBeDeclined(now, challenge.closesAt(), calendar);
        String threadId = UUID.randomUUID().toString();
        String postId = UUID.randomUUID().toString();
        NewThread thread = new NewThread(title(text), text, new Subject(Subject.Kind.CHALLENGE, challengeId), null, List.of("question"));
        graph.write(tx -> {
            threads.start(tx, threadId, thread, askerId, true, late, now);
            posts.first(tx, threadId, Forum.newPost(postId, text, composed, true, false), askerId, now);
            echanges.platform.Tags.replace(tx, threadId, thread.tags());
            Outbox.changed(tx, ForumSearch.POST, postId);
            Outbox.changed(tx, ForumSearch.THREAD, threadId);
            return null;
        });
        forum.publish(threadId, postId, List.of());
        return new StartedThread(threads.byIds(List.of(threadId)).getFirst(), posts.byIds(List.of(postId), askerId).getFirst());
    }

    /**
     * An officer of the issuing body answers, officially and publicly; everyone following the
     * challenge is told. An answer that changes the requirements also publishes an addendum.
     */
    public Post answer(String questionThreadId, String text, boolean changesRequirements, boolean affectsPrices, Viewer viewer) {
        Instant now = clock.instant();
        String officerId = Forum.writer(viewer, now);
        PostBody.check(text);
        Thread question = question(questionThreadId);
        Challenge challenge = openChallenge(question.subject().id(), now);
        if (!viewer.isOfficerOf(challenge.bodyId())) throw new ForumException.NotAllowed("only an officer of the issuing body answers officially");
        if (question.declined()) throw new ForumException.WrongState("the question was declined");
        Composer.Composed composed = forum.composer.compose(text);
        String postId = UUID.randomUUID().toString();
        String firstPostId = forum.postsOf(List.of(questionThreadId), echanges.platform.PageRequest.of(1, null), ThreadView.CHRONOLOGICAL, viewer)
                .get(questionThreadId).nodes().getFirst().id();
        record Answered(List<NotificationCreated> created, @Nullable AddendumPublished addendum) {
        }
        // The answer, its place in the trail and the addendum it may become commit together, or none does.
        Answered answered = graph.write(tx -> {
            posts.reply(tx, firstPostId, Forum.newPost(postId, text, composed, false, true), officerId, now);
            Outbox.changed(tx, ForumSearch.POST, postId);
            Challenges.recordAnswer(tx, challenge.id(), officerId, questionThreadId, now);
            AddendumPublished addendum = changesRequirements
                    ? challenges.addAddendum(tx, challenge.id(), "Réponse à une question / Answer to a question:\n\n" + text, affectsPrices, null, viewer, now)
                    : null;
            return new Answered(forum.notify(tx, postId, questionThreadId, officerId, composed.mentionIds(), question.authorId(), now), addendum);
        });
        forum.publish(questionThreadId, postId, answered.created());
        // s. 9: answers go to every supplier, not only the asker.
        notifications.notifyChallengeFollowers(challenge.id(), NotificationKind.ANSWERED, now)
                .forEach(n -> events.publish(new NotificationCreated(n.getKey(), n.getValue())));
        if (answered.addendum() != null) events.publish(answered.addendum());
        return posts.byIds(List.of(postId), officerId).getFirst();
    }

    /** The body declines a question that came less than 3 business days before closing (s. 9). */
    public Thread decline(String questionThreadId, Viewer viewer) {
        Forum.writer(viewer, clock.instant());
        Thread question = question(questionThreadId);
        Challenge challenge = challenges.byIds(List.of(question.subject().id()), viewer).get(question.subject().id());
        if (challenge == null || !viewer.isOfficerOf(challenge.bodyId()))
            throw new ForumException.NotAllowed("only an officer of the issuing body may decline a question");
        if (!question.lateQuestion())
            throw new ForumException.WrongState("only a question sent less than 3 business days before closing may be declined (s. 9)");
        graph.write(tx -> {
            threads.decline(tx, questionThreadId);
            return null;
        });
        events.publish(new ThreadUpdated(questionThreadId));
        return threads.byIds(List.of(questionThreadId)).getFirst();
    }

    private Thread question(String threadId) {
        Thread thread = threads.byIds(List.of(threadId)).stream().findFirst().orElseThrow(() -> new ForumException.ThreadNotFound(threadId));
        if (!thread.question() || thread.subject() == null) throw new ForumException.WrongState("this thread is not a question about a challenge");
        return thread;
    }

    private Challenge openChallenge(String challengeId, Instant now) {
        Challenge challenge = challenges.byIds(List.of(challengeId), Viewer.anonymous()).get(challengeId);
        if (challenge == null) throw new ForumException.SubjectNotFound(new Subject(Subject.Kind.CHALLENGE, challengeId));
        if (challenge.status() != ChallengeStatus.PUBLISHED || !now.isBefore(challenge.closesAt()))
            throw new ForumException.WrongState("questions are asked and answered while the challenge is open");
        return challenge;
    }

    private static String title(String text) {
        String firstLine = text.strip().lines().findFirst().orElse("Question").replaceAll("[#*_>`]", "").strip();
        return firstLine.length() <= TITLE_LENGTH ? firstLine : firstLine.substring(0, TITLE_LENGTH - 1) + "…";
    }
}
