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
import echanges.procurement.award.UnusuallyLowPrice;
import echanges.procurement.rules.Jurisdictions;
import echanges.procurement.rules.ProcurementSettings;

/** Deciding a price-only challenge: the lowest price wins, ties drawn from the committed seed, results per supplier. */
class AwardsTests extends ProcurementFixture {

    private Challenge published(Viewer officer, AwardRule rule) {
        return published(officer, rule, Duration.ofDays(10));
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

        assertThatThrownBy(() -> awards.award(challenge.id(), officer)).isInstanceOf(ProcurementException.UnusuallyLowPrice.class)
                .hasMessageContaining("s. 15.3");
        assertThat(challenges.byIds(List.of(challenge.id()), officer).get(challenge.id()).status()).isEqualTo(ChallengeStatus.CLOSED);
    }

    @Test
    void shouldFlagUnusuallyLowPricesByTheJurisdictionsThresholds() {
        ProcurementSettings lenient = new ProcurementSettings(new BigDecimal("90000"), Duration.ofDays(7), "CAD",
                echanges.procurement.evaluation.EvaluationSettings.DEFAULTS, echanges.procurement.contract.ContractSettings.DEFAULTS,
                new UnusuallyLowPrice.Thresholds(Percent.of(80), Percent.of(80)));
        Awards inLenientJurisdiction = new Awards(graph, clock, events, challenges, new Jurisdictions(Map.of("QC", lenient)));
        Viewer officer = officer();
        Challenge challenge = published(officer, new AwardRule.PriceOnly());
        Proposal low = file(challenge, representative("Bradé"), "5000");
        file(challenge, representative("Normal"), "18000");
        file(challenge, representative("Cher"), "19000");
        closeAndOpenAfter(Duration.ofDays(10));

        // 5,000 is 73% below the others' median: flagged at 30% (the default), not at 80%.
        inLenientJurisdiction.award(challenge.id(), officer);
        assertThat(awards.winners(List.of(challenge.id())).get(challenge.id()).proposalId()).isEqualTo(low.id());
    }

    @Test
    void shouldAwardAnUnusuallyLowPriceOnceJustifiedOrTheNextOneOnceRejected() {
        Viewer officer = officer();
        Challenge justified = published(officer, new AwardRule.PriceOnly());
        Proposal low = file(justified, representative("Bradé"), "5000");
        file(justified, representative("Normal"), "18000");
        file(justified, representative("Cher"), "19000");
        Challenge rejected = published(officer, new AwardRule.PriceOnly());
        Proposal low2 = file(rejected, representative("Bradé 2"), "5000");
        Proposal normal = file(rejected, representative("Normal 2"), "18000");
        file(rejected, representative("Cher 2"), "19000");
        closeAndOpenAfter(Duration.ofDays(10));

        awards.award(justified.id(), List.of(new Awards.Finding(low.id(), false, BigDecimal.ZERO, true)), officer);
        assertThat(awards.winners(List.of(justified.id())).get(justified.id()).proposalId()).isEqualTo(low.id());

        assertThatThrownBy(() -> awards.reject(low2.id(), "prix anormalement bas confirmé (s. 15.4)", representative("X")))
                .isInstanceOf(ProcurementException.NotAnOfficer.class);
        awards.reject(low2.id(), "prix anormalement bas confirmé (s. 15.4)", officer);
        awards.award(rejected.id(), officer);
        assertThat(awards.winners(List.of(rejected.id())).get(rejected.id()).proposalId()).isEqualTo(normal.id());
        assertThat(proposals.byIds(List.of(low2.id()), officer).get(low2.id()).status()).isEqualTo(ProposalStatus.REJECTED);
    }

    @Test
    void shouldApplyTheMarginAndAcquisitionCostsToTheComparedPriceOnly() {
        Viewer officer = officer();
        Challenge challenge = published(officer, new AwardRule.PriceOnly(Percent.of(10)));
        Proposal green = file(challenge, representative("Vert"), "20000");
        Proposal cheap = file(challenge, representative("Gris"), "19000");
        closeAndOpenAfter(Duration.ofDays(10));

        // 20,000 − 10% = 18,000 compared, against 19,000 + 500 of acquisition costs.
        awards.award(challenge.id(), List.of(new Awards.Finding(green.id(), true, BigDecimal.ZERO, false),
                new Awards.Finding(cheap.id(), false, new BigDecimal("500"), false)), officer);

        AwardResult won = awards.results(List.of(green.id())).get(green.id());
        assertThat(won.won()).isTrue();
        assertThat(won.comparedPrice()).isEqualByComparingTo("18000");
        assertThat(won.price()).isEqualByComparingTo("20000");
        assertThat(awards.results(List.of(cheap.id())).get(cheap.id()).comparedPrice()).isEqualByComparingTo("19500");
    }

    @Test
    void shouldShortlistFinalistsAndDecideAmongThemAfterTheDemoDeadline() {
        Viewer officer = officer();
        Challenge challenge = published(officer, new AwardRule.PriceOnly());
        Viewer a = representative("Alpha");
        Viewer b = representative("Bêta");
        Proposal pa = file(challenge, a, "20000");
        Proposal pb = file(challenge, b, "21000");
        Proposal pc = file(challenge, representative("Gamma"), "15000");
        closeAndOpenAfter(Duration.ofDays(10));
        java.time.Instant deadline = clock.peek().plus(Duration.ofDays(14));

        assertThatThrownBy(() -> awards.shortlist(challenge.id(), List.of(pa.id(), pb.id(), pc.id(), pa.id()), deadline, officer))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> awards.shortlist(challenge.id(), List.of(pa.id()), clock.peek().minusSeconds(1), officer))
                .hasMessageContaining("demo deadline");
        awards.shortlist(challenge.id(), List.of(pa.id(), pb.id()), deadline, officer);
        assertThat(challenges.byIds(List.of(challenge.id()), officer).get(challenge.id()).status()).isEqualTo(ChallengeStatus.FINALISTS);
        assertThatThrownBy(() -> awards.submitDemo(pc.id(), "https://demo.example/gamma", null, representative("Intrus")))
                .isInstanceOf(ProcurementException.ProposalNotFound.class);
        awards.submitDemo(pa.id(), "https://demo.example/alpha", "Accès : demo/demo", a);
        assertThatThrownBy(() -> awards.award(challenge.id(), officer)).hasMessageContaining("demos");

        Awards.Shortlisted seenByB = awards.shortlists(List.of(challenge.id()), b).get(challenge.id());
        assertThat(seenByB.finalists()).extracting(Awards.Finalist::proposalId).containsExactlyInAnyOrder(pa.id(), pb.id());
        assertThat(seenByB.finalists()).allMatch(f -> f.demoUrl() == null);
        assertThat(awards.shortlists(List.of(challenge.id()), officer).get(challenge.id()).finalists())
                .anyMatch(f -> "https://demo.example/alpha".equals(f.demoUrl()));

        clock.advance(Duration.ofDays(15));
        assertThatThrownBy(() -> awards.submitDemo(pb.id(), "https://demo.example/beta", null, b)).hasMessageContaining("deadline");
        awards.award(challenge.id(), officer);
        // Gamma was cheapest but not shortlisted.
        assertThat(awards.winners(List.of(challenge.id())).get(challenge.id()).proposalId()).isEqualTo(pa.id());
        assertThat(awards.results(List.of(pc.id())).get(pc.id()).rejection()).contains("not shortlisted");
    }

    @Test
    void shouldWaitForTheCommitteeOnQualityAwards() {
        Viewer officer = officer();
        Challenge challenge = published(officer, new AwardRule.QualityPrice(List.of(
                Criterion.weighted("c1", "Approche", Percent.of(50)), Criterion.weighted("c2", "Équipe", Percent.of(30)),
                Criterion.weighted("c3", "Délais", Percent.of(20))), Percent.of(20)));
        closeAndOpenAfter(Duration.ofDays(10));

        assertThatThrownBy(() -> awards.award(challenge.id(), officer)).isInstanceOf(ProcurementException.WrongStatus.class)
                .hasMessageContaining("consolidated scores");
    }
}
