package echanges.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import echanges.platform.Language;
import echanges.platform.Viewer;

/** The lifecycle of challenges on the real Neo4j, with a clock the tests move. */
class ChallengesTests extends ProcurementFixture {


    private Challenge published(Viewer officer, Duration closesIn) {
        return published(officer, new echanges.procurement.award.AwardRule.PriceOnly(), closesIn);
    }

    @Test
    void shouldCloseDueChallengesOnceWhenTheirTimeComes() {
        Viewer officer = officer();
        Challenge challenge = published(officer, Duration.ofDays(8));
        List<ChallengeClosed> heard = new CopyOnWriteArrayList<>();
        events.on(ChallengeClosed.class).subscribe(heard::add);

        clock.advance(Duration.ofDays(8).minusSeconds(1));
        challenges.closeDue();
        assertThat(challenges.byIds(List.of(challenge.id()), officer).get(challenge.id()).status()).isEqualTo(ChallengeStatus.PUBLISHED);

        clock.advance(Duration.ofSeconds(1));
        challenges.closeDue();
        challenges.closeDue();

        assertThat(challenges.byIds(List.of(challenge.id()), officer).get(challenge.id()).status()).isEqualTo(ChallengeStatus.CLOSED);
        assertThat(heard).extracting(ChallengeClosed::challengeId).containsOnlyOnce(challenge.id());
    }

    @Test
    void shouldWithdrawAnOpenChallengeButCancelOnlyAClosedOne() {
        Viewer officer = officer();
        Challenge open = published(officer, Duration.ofDays(10));
        Challenge toClose = published(officer, Duration.ofDays(9));

        assertThatThrownBy(() -> challenges.cancel(open.id(), officer)).isInstanceOf(ProcurementException.WrongStatus.class);
        assertThat(challenges.withdraw(open.id(), officer).status()).isEqualTo(ChallengeStatus.WITHDRAWN);

        clock.advance(Duration.ofDays(9));
        challenges.closeDue();
        assertThatThrownBy(() -> challenges.withdraw(toClose.id(), officer)).isInstanceOf(ProcurementException.WrongStatus.class);
        assertThat(challenges.cancel(toClose.id(), officer).status()).isEqualTo(ChallengeStatus.CANCELLED);
    }

    @Test
    void shouldKeepTheTermsOfTheNoticeAndRequireThemToPublish() {
        Viewer officer = officer();
        Challenge draft = challenges.draft(new ChallengeDraft(officer.officerOf().iterator().next(), "Sans conditions", "Le besoin.",
                Language.FR, new BigDecimal("1000"), clock.peek().plus(Duration.ofDays(20)), List.of()), officer);

        assertThatThrownBy(() -> challenges.publish(draft.id(), officer)).isInstanceOf(ProcurementException.InvalidNotice.class)
                .hasMessageContaining("award rule");
        challenges.update(new ChallengeChanges(draft.id(), null, null, null, null, null, null,
                new ChallengeTerms(new echanges.procurement.award.AwardRule.PriceOnly(), "6 semaines", "info@levis.example")), officer);
        assertThat(challenges.publish(draft.id(), officer).status()).isEqualTo(ChallengeStatus.PUBLISHED);
        assertThat(challenges.termsOf(List.of(draft.id())).get(draft.id()).informationContact()).isEqualTo("info@levis.example");
    }

    @Test
    void shouldNumberAddendaAndMoveTheClosingAsSectionNineRequires() {
        Viewer officer = officer();
        clock.set(Instant.parse("2026-11-02T15:00:00Z")); // a Monday, 10:00 in Québec
        Challenge challenge = published(officer, Duration.ofDays(10));

        Addendum early = challenges.publishAddendum(challenge.id(), "Précision sur le format des livrables.", false, null, officer);
        clock.set(challenge.closesAt().minus(Duration.ofDays(5)));
        Addendum priced = challenges.publishAddendum(challenge.id(), "Ajout d'un module d'export.", true, "Le besoin, avec un export.", officer);

        assertThat(early.number()).isEqualTo(1);
        assertThat(early.movedClosing()).isFalse();
        assertThat(priced.number()).isEqualTo(2);
        assertThat(priced.closesAtAfter()).isEqualTo(challenge.closesAt().plus(Duration.ofDays(2)));
        assertThat(priced.closingShiftReason()).contains("s. 9");
        Challenge after = challenges.byIds(List.of(challenge.id()), officer).get(challenge.id());
        assertThat(after.closesAt()).isEqualTo(priced.closesAtAfter());
        assertThat(after.description()).isEqualTo("Le besoin, avec un export.");
        assertThat(challenges.addenda(List.of(challenge.id())).get(challenge.id())).extracting(Addendum::number).containsExactly(1, 2);
    }

    @Test
    void shouldTakeAddendaOnlyForOpenChallenges() {
        Viewer officer = officer();
        Challenge draft = challenges.draft(new ChallengeDraft(officer.officerOf().iterator().next(), "Brouillon", "Le besoin.",
                Language.FR, new BigDecimal("1000"), clock.peek().plus(Duration.ofDays(20)), List.of()), officer);

        assertThatThrownBy(() -> challenges.publishAddendum(draft.id(), "Changement", false, null, officer))
                .isInstanceOf(ProcurementException.WrongStatus.class);
        assertThatThrownBy(() -> challenges.publishAddendum(draft.id(), " ", false, null, officer))
                .isInstanceOf(ProcurementException.InvalidNotice.class);
    }

    @Test
    void shouldLetOnlyTheBodysOfficersMoveItsChallenges() {
        Challenge challenge = published(officer(), Duration.ofDays(10));

        assertThatThrownBy(() -> challenges.withdraw(challenge.id(), officer())).isInstanceOf(ProcurementException.NotAnOfficer.class);
        assertThatThrownBy(() -> challenges.withdraw(challenge.id(), Viewer.anonymous())).isInstanceOf(echanges.platform.PlatformException.Unauthenticated.class);
    }
}
