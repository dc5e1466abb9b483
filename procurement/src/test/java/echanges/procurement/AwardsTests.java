package echanges.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import echanges.platform.Graph;
import echanges.platform.InProcessEventBus;
import echanges.platform.Language;
import echanges.platform.Viewer;
import echanges.procurement.award.AwardRule;
import echanges.procurement.award.Criterion;
import echanges.procurement.award.Percent;
import echanges.procurement.award.SeededDraw;
import echanges.procurement.rules.Jurisdictions;
import echanges.testing.TestClock;
import echanges.testing.TestNeo4j;

/** Deciding a price-only challenge: the lowest price wins, ties drawn from the committed seed, results per supplier. */
class AwardsTests {

    private final Graph graph = TestNeo4j.get().graph();
    private final TestClock clock = new TestClock(Instant.parse("2026-11-02T15:00:00Z"), Duration.ZERO);
    private final InProcessEventBus events = new InProcessEventBus();
    private final Challenges challenges = new Challenges(graph, clock, events, Jurisdictions.defaults());
    private final Proposals proposals = new Proposals(graph, clock, events);
    private final Awards awards = new Awards(graph, clock, events, challenges);

    private Viewer officer() {
        String personId = UUID.randomUUID().toString();
        String bodyId = UUID.randomUUID().toString();
        graph.write(tx -> {
            tx.run("CREATE (:Person {id: $p})-[:MEMBER_OF {role: 'OFFICER'}]->(:PublicBody {id: $b, name: 'Ville de Sept-Îles', jurisdiction: 'QC'})",
                    Map.of("p", personId, "b", bodyId));
            return null;
        });
        return new Viewer(personId, Set.of(bodyId), Set.of());
    }

    private Viewer supplier(String name) {
        String personId = UUID.randomUUID().toString();
        String supplierId = UUID.randomUUID().toString();
        graph.write(tx -> {
            tx.run("CREATE (:Person {id: $p})-[:MEMBER_OF {role: 'REPRESENTATIVE'}]->(:Supplier {id: $s, name: $name, kind: 'SME'})",
                    Map.of("p", personId, "s", supplierId, "name", name));
            return null;
        });
        return new Viewer(personId, Set.of(), Set.of(supplierId));
    }

    private Challenge published(Viewer officer, AwardRule rule) {
        Challenge draft = challenges.draft(new ChallengeDraft(officer.officerOf().iterator().next(), "Réservation de salles", "Le besoin.",
                Language.FR, new BigDecimal("20000"), clock.peek().plus(Duration.ofDays(10)), List.of(),
                new ChallengeTerms(rule, "6 semaines", "salles@sept-iles.example")), officer);
        return challenges.publish(draft.id(), officer);
    }

    private Proposal file(Challenge challenge, Viewer supplier, String price) {
        String supplierId = supplier.representativeOf().iterator().next();
        Proposal draft = proposals.save(challenge.id(), supplierId, null, new ProposalContent(new BigDecimal(price), "Approche", "Équipe",
                "MIT", List.of(), List.of(), null, List.of()), supplier);
        return proposals.submit(draft.id(), supplier);
    }

    private void closeAndOpen() {
        clock.advance(Duration.ofDays(10));
        challenges.closeDue();
        proposals.openDue();
    }

    @Test
    void shouldAwardTheLowestPriceAndDrawTiesFromTheCommittedSeed() {
        Viewer officer = officer();
        Challenge challenge = published(officer, new AwardRule.PriceOnly());
        String commitment = awards.draws(List.of(challenge.id())).get(challenge.id()).commitment();
        assertThat(awards.draws(List.of(challenge.id())).get(challenge.id()).seed()).isNull();
        Viewer a = supplier("Alpha");
        Viewer b = supplier("Bêta");
        Viewer c = supplier("Gamma");
        Proposal pa = file(challenge, a, "15000");
        Proposal pb = file(challenge, b, "15000");
        Proposal pc = file(challenge, c, "18000");
        closeAndOpen();

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
        closeAndOpen();
        assertThatThrownBy(() -> awards.award(challenge.id(), officer())).isInstanceOf(ProcurementException.NotAnOfficer.class);
        awards.award(challenge.id(), officer);

        assertThat(challenges.byIds(List.of(challenge.id()), officer).get(challenge.id()).status()).isEqualTo(ChallengeStatus.UNSUCCESSFUL);
    }

    @Test
    void shouldHoldAnUnusuallyLowWinningPriceForJustification() {
        Viewer officer = officer();
        Challenge challenge = published(officer, new AwardRule.PriceOnly());
        file(challenge, supplier("Bradé"), "5000");
        file(challenge, supplier("Normal"), "18000");
        file(challenge, supplier("Cher"), "19000");
        closeAndOpen();

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
        closeAndOpen();

        assertThatThrownBy(() -> awards.award(challenge.id(), officer)).isInstanceOf(ProcurementException.WrongStatus.class)
                .hasMessageContaining("evaluation committee");
    }
}
