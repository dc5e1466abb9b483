package echanges.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import echanges.accounts.MembershipRole;
import echanges.accounts.SupplierKind;
import echanges.platform.Language;
import echanges.platform.PageRequest;
import echanges.platform.Viewer;
import echanges.procurement.ChallengeDraft;
import echanges.procurement.ChallengeTerms;
import echanges.procurement.award.AwardRule;

/** Clarification questions: anonymous askers, official public answers, late questions declinable, answers as addenda. */
class QuestionsTests extends ForumFixture {

    private final Questions questions = new Questions(graph, clock, events, challenges, forum);

    private Viewer officer;
    private String challengeId;
    private Instant closesAt;

    private void openChallenge() {
        Viewer member = member();
        var body = accounts.createPublicBody("Ville de Rimouski", "QC");
        accounts.grant(member.personId(), body.id(), MembershipRole.OFFICER);
        officer = accounts.viewer(member.personId()).orElseThrow();
        closesAt = Instant.parse("2026-12-18T20:00:00Z"); // a Friday, 15:00 in Québec
        clock.step(Duration.ZERO);
        clock.set(Instant.parse("2026-11-23T15:00:00Z"));
        var draft = challenges.draft(new ChallengeDraft(body.id(), "Horaires de traversier", "Le besoin.", Language.FR, new BigDecimal("20000"),
                closesAt, List.of(), new ChallengeTerms(new AwardRule.PriceOnly(), "8 semaines", "traversier@rimouski.example")), officer);
        challengeId = challenges.publish(draft.id(), officer).id();
        clock.step(Duration.ofMinutes(1));
    }

    private Viewer supplierRepresentative() {
        Viewer member = member();
        var supplier = accounts.createSupplier("Atelier Marée", SupplierKind.SME);
        accounts.grant(member.personId(), supplier.id(), MembershipRole.REPRESENTATIVE);
        return accounts.viewer(member.personId()).orElseThrow();
    }

    @Test
    void shouldShowAQuestionWithoutItsAskerAndAnswerItOfficiallyToEveryFollower() {
        openChallenge();
        Viewer asker = supplierRepresentative();
        Viewer follower = member();
        following.watch(Following.Target.CHALLENGE, challengeId, WatchLevel.WATCHING, follower);

        StartedThread question = questions.ask(challengeId, "Le code source doit-il être publié sous EUPL ?", asker);
        Post answer = questions.answer(question.thread().id(), "Oui, ou toute licence compatible.", false, false, officer);

        Viewer other = member();
        Post shown = forum.postsByIds(List.of(question.post().id()), other).get(question.post().id());
        assertThat(Forum.shownAuthorId(shown, other)).isNull();
        assertThat(Forum.shownAuthorId(question.thread(), other)).isNull();
        assertThat(Forum.shownAuthorId(shown, asker)).isEqualTo(asker.personId());
        assertThat(answer.official()).isTrue();
        assertThat(Forum.shownAuthorId(answer, other)).isEqualTo(officer.personId());
        assertThat(notificationsOf(follower)).extracting(Notification::kind).contains(NotificationKind.ANSWERED);
        assertThat(notificationsOf(asker)).extracting(Notification::kind).contains(NotificationKind.REPLIED);
        assertThat(notificationsOf(officer)).allSatisfy(n -> assertThat(n.actorId()).isNull());
    }

    @Test
    void shouldLetTheBodyDeclineOnlyLateQuestions() {
        openChallenge();
        Viewer asker = supplierRepresentative();
        StartedThread early = questions.ask(challengeId, "Question à temps ?", asker);
        clock.set(closesAt.minus(Duration.ofDays(2)));
        StartedThread late = questions.ask(challengeId, "Question tardive ?", asker);

        assertThat(early.thread().lateQuestion()).isFalse();
        assertThat(late.thread().lateQuestion()).isTrue();
        assertThatThrownBy(() -> questions.decline(early.thread().id(), officer)).isInstanceOf(ForumException.WrongState.class);
        Thread declined = questions.decline(late.thread().id(), officer);
        assertThat(declined.declined()).isTrue();
        assertThat(declined.locked()).isTrue();
        assertThatThrownBy(() -> questions.answer(late.thread().id(), "Trop tard", false, false, officer)).isInstanceOf(ForumException.WrongState.class);
    }

    @Test
    void shouldTurnAnAnswerThatChangesTheRequirementsIntoAnAddendum() {
        openChallenge();
        StartedThread question = questions.ask(challengeId, "Faut-il un module d'export ?", supplierRepresentative());

        questions.answer(question.thread().id(), "Oui, un export CSV est requis.", true, true, officer);

        assertThat(challenges.addenda(List.of(challengeId)).get(challengeId)).singleElement()
                .satisfies(a -> assertThat(a.text()).contains("export CSV"));
    }

    @Test
    void shouldWriteNeitherTheAnswerNorTheAddendumWhenTheAddendumIsRefused() {
        openChallenge();
        StartedThread question = questions.ask(challengeId, "Quels formats ?", supplierRepresentative());
        // Within a post's length, beyond an addendum's (s. 4 description limit).
        String longAnswer = "Formats : " + "CSV, JSON et GeoJSON. ".repeat(1_000);

        assertThatThrownBy(() -> questions.answer(question.thread().id(), longAnswer, true, false, officer))
                .isInstanceOf(echanges.procurement.ProcurementException.InvalidNotice.class);

        assertThat(challenges.addenda(List.of(challengeId)).get(challengeId)).isEmpty();
        assertThat(forum.postsOf(List.of(question.thread().id()), echanges.platform.PageRequest.of(10, null), ThreadView.CHRONOLOGICAL, officer)
                .get(question.thread().id()).nodes()).hasSize(1);
        assertThat(challenges.auditTrails(List.of(challengeId)).get(challengeId)).extracting(e -> e.action()).containsExactly("PUBLISHED");
    }

    @Test
    void shouldKeepQuestionsForSuppliersAndAnswersForTheBody() {
        openChallenge();
        StartedThread question = questions.ask(challengeId, "Une question ?", supplierRepresentative());

        assertThatThrownBy(() -> questions.ask(challengeId, "Et moi ?", member())).isInstanceOf(ForumException.NotAllowed.class);
        assertThatThrownBy(() -> questions.answer(question.thread().id(), "Réponse", false, false, member())).isInstanceOf(ForumException.NotAllowed.class);
        assertThat(following.notifications(false, PageRequest.of(10, null), officer).page().nodes()).isEmpty();
    }
}
