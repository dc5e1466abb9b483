package echanges.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import echanges.platform.Viewer;
import echanges.procurement.Contracts.Contract;
import echanges.procurement.Contracts.PerformanceReport;
import echanges.procurement.award.AwardRule;
import echanges.procurement.contract.ContractRuleBroken;
import echanges.procurement.contract.PerformanceReview;

/** The contract an award opens: published amendments past 10% (s. 38.1), final description (s. 38.2), performance reports (s. 42–45). */
class ContractsTests extends ProcurementFixture {

    private record Awarded(Viewer officer, Viewer supplier, Contract contract) {
    }

    private Awarded awarded() {
        Viewer officer = officer();
        Challenge challenge = published(officer, new AwardRule.PriceOnly(), Duration.ofDays(10));
        Viewer supplier = representative("Alpha");
        file(challenge, supplier, "20000");
        file(challenge, representative("Bêta"), "22000");
        closeAndOpenAfter(Duration.ofDays(10));
        awards.award(challenge.id(), officer);
        return new Awarded(officer, supplier, contracts.ofChallenges(List.of(challenge.id()), officer).get(challenge.id()));
    }

    @Test
    void shouldOpenAContractAtTheAwardAndPublishAmendmentsOnceTheyPassTenPercent() {
        Awarded a = awarded();
        Viewer publicReader = Viewer.anonymous();
        assertThat(a.contract().initialAmount()).isEqualByComparingTo("20000");
        assertThat(a.contract().status()).isEqualTo(Contracts.ContractStatus.ACTIVE);

        assertThatThrownBy(() -> contracts.amend(a.contract().id(), new BigDecimal("21000"), "Module de plus", a.supplier()))
                .isInstanceOf(ProcurementException.NotAnOfficer.class);
        contracts.amend(a.contract().id(), new BigDecimal("21500"), "Export CSV", a.officer());
        Contract seenByPublic = contracts.byIds(List.of(a.contract().id()), publicReader).get(a.contract().id());
        assertThat(seenByPublic.amendments()).isEmpty();
        assertThat(seenByPublic.amount()).isEqualByComparingTo("20000");
        assertThat(contracts.byIds(List.of(a.contract().id()), a.supplier()).get(a.contract().id()).amount()).isEqualByComparingTo("21500");

        // 23,000 is 15% above 20,000: published with everything added since the start (s. 38.1 ¶2).
        contracts.amend(a.contract().id(), new BigDecimal("23000"), "Connecteur SIG", a.officer());
        seenByPublic = contracts.byIds(List.of(a.contract().id()), publicReader).get(a.contract().id());
        assertThat(seenByPublic.amendments()).singleElement().satisfies(m -> {
            assertThat(m.additionalExpenditure()).isEqualByComparingTo("3000");
            assertThat(m.published()).isTrue();
        });
        assertThat(seenByPublic.amount()).isEqualByComparingTo("23000");
        // Then every later one, even small (s. 38.1 ¶2: "and publishes thereafter each additional expenditure").
        contracts.amend(a.contract().id(), new BigDecimal("23100"), "Traduction", a.officer());
        assertThat(contracts.byIds(List.of(a.contract().id()), publicReader).get(a.contract().id()).amendments()).hasSize(2);
        assertThatThrownBy(() -> contracts.amend(a.contract().id(), new BigDecimal("23100"), "Rien", a.officer()))
                .isInstanceOf(ContractRuleBroken.InvalidInput.class);
    }

    @Test
    void shouldPublishTheFinalDescriptionAndEndAmendments() {
        Awarded a = awarded();
        clock.advance(Duration.ofDays(60));
        assertThatThrownBy(() -> contracts.complete(a.contract().id(), clock.peek().plus(Duration.ofDays(1)), new BigDecimal("20000"), "Livré", a.officer()))
                .isInstanceOf(ContractRuleBroken.InvalidInput.class);
        Contract done = contracts.complete(a.contract().id(), clock.peek().minus(Duration.ofDays(1)), new BigDecimal("20000"), "Livré et en production.", a.officer());

        assertThat(done.status()).isEqualTo(Contracts.ContractStatus.COMPLETED);
        assertThat(done.finalDescriptionDue(contracts.settingsOf(done.jurisdiction()))).isEqualTo(done.endedAt().plus(Duration.ofDays(90)));
        assertThatThrownBy(() -> contracts.amend(a.contract().id(), new BigDecimal("25000"), "Trop tard", a.officer()))
                .isInstanceOf(ContractRuleBroken.OutOfTime.class);
    }

    @Test
    void shouldGiveTheSupplierThirtyDaysToCommentOnAnUnsatisfactoryReportThenLetTheBodyDecide() {
        Awarded a = awarded();
        PerformanceReport report = contracts.report(a.contract().id(), "Livraisons en retard de six semaines.", a.officer());
        assertThat(contracts.reports(List.of(a.contract().id()), representative("Autre"))).isEmpty();
        assertThat(contracts.reports(List.of(a.contract().id()), Viewer.anonymous())).isEmpty();
        assertThatThrownBy(() -> contracts.comment(report.id(), "Non", representative("Autre"))).isInstanceOf(ProcurementException.ContractNotFound.class);
        assertThatThrownBy(() -> contracts.decide(report.id(), true, "Maintenu", a.officer())).isInstanceOf(ContractRuleBroken.OutOfTime.class);

        clock.advance(Duration.ofDays(10));
        PerformanceReport commented = contracts.comment(report.id(), "Les retards venaient des accès au réseau.", a.supplier());
        assertThat(commented.review(contracts.settingsOf(a.contract().jurisdiction())).stateAt(clock.peek()))
                .isEqualTo(PerformanceReview.State.AWAITING_DECISION);
        assertThatThrownBy(() -> contracts.comment(report.id(), "Encore", a.supplier())).isInstanceOf(ContractRuleBroken.OutOfTime.class);
        PerformanceReport decided = contracts.decide(report.id(), false, "Annulé au vu des explications.", a.officer());
        assertThat(decided.review(contracts.settingsOf(a.contract().jurisdiction())).stateAt(clock.peek())).isEqualTo(PerformanceReview.State.CANCELLED);
    }

    @Test
    void shouldCountASilentBodyAsSatisfied() {
        Awarded a = awarded();
        PerformanceReport report = contracts.report(a.contract().id(), "Qualité insuffisante.", a.officer());
        clock.advance(Duration.ofDays(31));
        assertThatThrownBy(() -> contracts.comment(report.id(), "Trop tard ?", a.supplier())).isInstanceOf(ContractRuleBroken.OutOfTime.class);
        clock.advance(Duration.ofDays(30));
        assertThat(contracts.reports(List.of(a.contract().id()), a.supplier()).get(a.contract().id()).getFirst()
                .review(contracts.settingsOf(a.contract().jurisdiction())).stateAt(clock.peek())).isEqualTo(PerformanceReview.State.DEEMED_SATISFACTORY);
        assertThatThrownBy(() -> contracts.decide(report.id(), true, "Maintenu", a.officer())).isInstanceOf(ContractRuleBroken.OutOfTime.class);
    }
}
