package echanges.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import echanges.platform.Viewer;
import echanges.procurement.award.AwardRule;
import echanges.procurement.award.Criterion;
import echanges.procurement.award.Percent;
import echanges.procurement.award.SeededDraw;

/** Deciding a price-only challenge: the lowest price wins, ties drawn from the committed seed, results per supplier. */
class AwardsTests extends ProcurementFixture {




    private Challenge published(Viewer officer, AwardRule rule) {
        return published(officer, rule, Duration.ofDays(10));
    }

    private Proposal file(Challenge challenge, Viewer supplier, String price) {
        String supplierId = supplierOf(supplier);
        Proposal draft = proposals.save(challenge.id(), supplierId, null, new ProposalContent(new BigDecimal(price), "Approche", "Équipe",
                "MIT", List.of(), List.of(), null, List.of()), supplier);
        return proposals.submit(draft.id(), supplier);
    }


    @Test
    void shouldAwardTheLowestPriceAndDrawTiesFromTheCommittedSeed() {
        Viewer officer = officer();
        Challenge challenge = published(officer, new AwardRule.PriceOnly());
        String commitment = awards.draws(List.of(challenge.id())).get(challenge.id()).commitment();
        assertThat(awards.draws(List.of(challenge.id())).get(challenge.id()).seed()).isNull();
        Viewer a = representative("Alpha");
        Viewer b = representative("Bêta");
        Viewer c = representative("Gamma");
        Proposal pa = file(challenge, a, "15000");
        Proposal pb = file(challenge, b, "15000");
        Proposal pc = file(challenge, c, "18000");
        closeAndOpenAfter(Duration.ofDays(10));

        awards.award(challenge.id(), officer);

        Awards.Draw draw = awards.draws(List.of(challenge.id())).get(challenge.id());
        assertThat(draw.seed()).isNotNull();
        assertThat(SeededDraw.verifies(draw.seed(), commitment)).isTrue();
        String expectedWinner = SeededDraw.order(draw.seed(), List.of(pa.id(), pb.id())).getFirst();
        Map<String, AwardResult> results = awards.results(List.of(pa.id(), pb.id(), pc.id()));
        assertThat(results.get(expectedWinner).won()).isTrue();
        assertThat(results.get(expectedWinner).rank()).isEqualTo(1);
        assertThat(results.get(pc.id()).rank()).isEqualTo(3);
        assertThat(awards.winners(List.of(challenge.id())).get(challenge.id()).proposalId()).isEqualTo(expectedWinner);
        assertThat(challenges.byIds(List.of(challenge.id()), officer).get(challenge.id()).status()).isEqualTo(ChallengeStatus.AWARDED);
        assertThatThrownBy(() -> awards.award(challenge.id(), officer)).isInstanceOf(ProcurementException.WrongStatus.class);
    }

    @Test
    void shouldEndUnsuccessfulWithoutProposalsAndRefuseBeforeOpeningOrForOthers() {
        Viewer officer = officer();
        Challenge challenge = published(officer, new AwardRule.PriceOnly());

        assertThatThrownBy(() -> awards.award(challenge.id(), officer)).isInstanceOf(ProcurementException.WrongStatus.class);
        closeAndOpenAfter(Duration.ofDays(10));
        assertThatThrownBy(() -> awards.award(challenge.id(), officer())).isInstanceOf(ProcurementException.NotAnOfficer.class);
        awards.award(challenge.id(), officer);

        assertThat(challenges.byIds(List.of(challenge.id()), officer).get(challenge.id()).status()).isEqualTo(ChallengeStatus.UNSUCCESSFUL);
    }

    @Test
    void shouldHoldAnUnusuallyLowWinningPriceForJustification() {
        Viewer officer = officer();
        Challenge challenge = published(officer, new AwardRule.PriceOnly());
        file(challenge, representative("Bradé"), "5000");
        file(challenge, representative("Normal"), "18000");
        file(challenge, representative("Cher"), "19000");
        closeAndOpenAfter(Duration.ofDays(10));

        assertThatThrownBy(() -> awards.award(challenge.id(), officer)).isInstanceOf(ProcurementException.WrongStatus.class)
                .hasMessageContaining("s. 15.3");
        assertThat(challenges.byIds(List.of(challenge.id()), officer).get(challenge.id()).status()).isEqualTo(ChallengeStatus.CLOSED);
    }

    @Test
    void shouldWaitForTheCommitteeOnQualityAwards() {
        Viewer officer = officer();
        Challenge challenge = published(officer, new AwardRule.QualityPrice(List.of(
                Criterion.weighted("c1", "Approche", Percent.of(50)), Criterion.weighted("c2", "Équipe", Percent.of(30)),
                Criterion.weighted("c3", "Délais", Percent.of(20))), Percent.of(20)));
        closeAndOpenAfter(Duration.ofDays(10));

        assertThatThrownBy(() -> awards.award(challenge.id(), officer)).isInstanceOf(ProcurementException.WrongStatus.class)
                .hasMessageContaining("evaluation committee");
    }
}
