package echanges.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import echanges.platform.Viewer;
import echanges.procurement.award.AwardRule;
import echanges.procurement.award.Criterion;
import echanges.procurement.award.Percent;
import echanges.procurement.award.Score;
import echanges.procurement.evaluation.EvaluationRuleBroken;

/**
 * The selection committee on the real graph (s. 24): declarations before anything is seen, scoring
 * without the price, consolidation by the secretary, and the Sch. 2 award on the consolidated scores.
 */
class EvaluationsTests extends ProcurementFixture {

    private static final AwardRule SCH2 = new AwardRule.QualityPrice(List.of(
            Criterion.weighted("c1", "Approche", Percent.of(50)), Criterion.weighted("c2", "Équipe", Percent.of(30)),
            Criterion.weighted("c3", "Délais", Percent.of(20))), Percent.of(20));

    private static Map<String, Score> all(long score) {
        return Map.of("c1", Score.of(score), "c2", Score.of(score), "c3", Score.of(score));
    }

    @Test
    void shouldEvaluateWithoutPricesAndAwardOnTheConsolidatedScores() {
        Viewer officer = officer();
        Challenge challenge = published(officer, SCH2, Duration.ofDays(10));
        Viewer secretary = person();
        Viewer e1 = person();
        Viewer e2 = person();
        // An officer of the body may sit on the committee: then the committee's rules bind them too.
        Viewer e3 = new Viewer(person().personId(), officer.officerOf(), Set.of());
        assertThatThrownBy(() -> evaluations.assign(challenge.id(), secretary.personId(), List.of(e1.personId(), e2.personId()), officer))
                .isInstanceOf(EvaluationRuleBroken.InvalidInput.class).hasMessageContaining("at least 3");
        assertThatThrownBy(() -> evaluations.assign(challenge.id(), secretary.personId(), List.of(e1.personId(), e2.personId(), e3.personId()), e1))
                .isInstanceOf(ProcurementException.NotAnOfficer.class);
        evaluations.assign(challenge.id(), secretary.personId(), List.of(e1.personId(), e2.personId(), e3.personId()), officer);

        Viewer alpha = representative("Alpha");
        Viewer beta = representative("Bêta");
        Proposal pa = file(challenge, alpha, "20000");
        Proposal pb = file(challenge, beta, "18000");
        assertThat(proposals.byIds(List.of(pa.id()), e1)).isEmpty();
        closeAndOpenAfter(Duration.ofDays(10));

        // Before declaring, a member sees nothing, officer or not.
        assertThat(proposals.byIds(List.of(pa.id(), pb.id()), e1)).isEmpty();
        assertThat(proposals.byIds(List.of(pa.id(), pb.id()), e3)).isEmpty();
        assertThatThrownBy(() -> evaluations.score(pa.id(), all(80), null, e1)).hasMessageContaining("declare");
        for (Viewer member : List.of(secretary, e1, e2, e3)) evaluations.declare(challenge.id(), false, "Aucun lien avec les soumissionnaires.", member);
        assertThatThrownBy(() -> evaluations.declare(challenge.id(), false, "", e1)).isInstanceOf(ProcurementException.WrongStatus.class);

        // Declared: the proposals, never their price (s. 24).
        Map<String, Proposal> seen = proposals.byIds(List.of(pa.id(), pb.id()), e3);
        assertThat(seen).hasSize(2);
        assertThat(seen.values()).allMatch(p -> p.price() == null);
        assertThat(proposals.ofChallenges(List.of(challenge.id()), e1).get(challenge.id())).allMatch(p -> p.price() == null);
        assertThat(proposals.byIds(List.of(pa.id()), officer).get(pa.id()).price()).isEqualByComparingTo("20000");
        assertThatThrownBy(() -> evaluations.score(pa.id(), Map.of("c1", Score.of(80)), null, e1)).hasMessageContaining("criteria");
        assertThatThrownBy(() -> evaluations.score(pa.id(), all(80), null, secretary)).isInstanceOf(ProcurementException.NotOnTheCommittee.class);
        assertThatThrownBy(() -> evaluations.score(pa.id(), all(80), null, person())).isInstanceOf(ProcurementException.ProposalNotFound.class);

        evaluations.score(pa.id(), all(90), null, e1);
        evaluations.score(pa.id(), all(100), "Solide", e2);
        evaluations.score(pa.id(), all(80), null, e3);
        evaluations.score(pb.id(), all(70), null, e1);
        evaluations.score(pb.id(), all(70), null, e2);
        assertThatThrownBy(() -> evaluations.consolidate(challenge.id(), secretary)).isInstanceOf(EvaluationRuleBroken.NotYet.class)
                .hasMessageContaining(e3.personId() + " on " + pb.id());
        evaluations.score(pb.id(), all(60), null, e3);
        evaluations.score(pb.id(), all(70), null, e3);
        assertThatThrownBy(() -> evaluations.consolidate(challenge.id(), e1)).isInstanceOf(ProcurementException.NotOnTheCommittee.class);
        assertThatThrownBy(() -> awards.award(challenge.id(), officer)).hasMessageContaining("consolidated");

        // Scoresheets: one's own for an evaluator, all for the secretary and the body.
        assertThat(evaluations.scoresheets(List.of(pa.id()), e1).get(pa.id())).hasSize(1);
        assertThat(evaluations.scoresheets(List.of(pa.id()), secretary).get(pa.id())).hasSize(3);
        assertThat(evaluations.scoresheets(List.of(pa.id()), alpha)).isEmpty();

        evaluations.consolidate(challenge.id(), secretary);
        assertThatThrownBy(() -> evaluations.score(pa.id(), all(10), null, e1)).hasMessageContaining("consolidated");
        assertThat(proposals.byIds(List.of(pa.id()), e1).get(pa.id()).price()).isEqualByComparingTo("20000");

        awards.award(challenge.id(), officer);

        // A: 90 everywhere → adjusted 20,000 / (1 + 0.2 × 20 / 30) = 17,647.06; B: 70 → 18,000 (Sch. 2).
        AwardResult a = awards.results(List.of(pa.id())).get(pa.id());
        assertThat(a.won()).isTrue();
        assertThat(a.score()).isEqualByComparingTo("90");
        assertThat(a.adjustedPrice()).isEqualByComparingTo("17647.06");
        AwardResult b = awards.results(List.of(pb.id())).get(pb.id());
        assertThat(b.rank()).isEqualTo(2);
        assertThat(b.adjustedPrice()).isEqualByComparingTo("18000");
        assertThat(contracts.ofChallenges(List.of(challenge.id()), alpha).get(challenge.id()).initialAmount()).isEqualByComparingTo("20000");
    }

    @Test
    void shouldRecuseAMemberWhoDeclaresAConflictAndKeepTheCommitteeAtItsMinimum() {
        Viewer officer = officer();
        Challenge challenge = published(officer, SCH2, Duration.ofDays(10));
        Viewer secretary = person();
        Viewer e1 = person();
        Viewer e2 = person();
        Viewer e3 = person();
        evaluations.assign(challenge.id(), secretary.personId(), List.of(e1.personId(), e2.personId(), e3.personId()), officer);
        Proposal pa = file(challenge, representative("Alpha"), "20000");
        closeAndOpenAfter(Duration.ofDays(10));

        assertThatThrownBy(() -> evaluations.declare(challenge.id(), true, "  ", e3)).hasMessageContaining("says what it is");
        evaluations.declare(challenge.id(), true, "Ancien associé d'Alpha.", e3);
        for (Viewer member : List.of(secretary, e1, e2)) evaluations.declare(challenge.id(), false, "", member);

        assertThat(proposals.byIds(List.of(pa.id()), e3)).isEmpty();
        assertThatThrownBy(() -> evaluations.score(pa.id(), all(80), null, e3)).isInstanceOf(ProcurementException.NotOnTheCommittee.class);
        evaluations.score(pa.id(), all(80), null, e1);
        evaluations.score(pa.id(), all(80), null, e2);
        assertThatThrownBy(() -> evaluations.consolidate(challenge.id(), secretary)).hasMessageContaining("needs 3");
        assertThat(evaluations.committee(challenge.id(), officer).members()).filteredOn(m -> Boolean.TRUE.equals(m.conflict())).hasSize(1);
        assertThat(evaluations.committee(challenge.id(), representative("Curieux"))).isNull();
        // Scoring has started: the committee is fixed now (the body would have to start a new call).
        assertThatThrownBy(() -> evaluations.assign(challenge.id(), secretary.personId(), List.of(e1.personId(), e2.personId(), person().personId()), officer))
                .isInstanceOf(ProcurementException.WrongStatus.class);
    }

    @Test
    void shouldRefuseACommitteeForAPriceOnlyAwardOrWithUnknownPeople() {
        Viewer officer = officer();
        Challenge priceOnly = published(officer, new AwardRule.PriceOnly(), Duration.ofDays(10));
        Challenge quality = published(officer, SCH2, Duration.ofDays(10));
        List<String> three = List.of(person().personId(), person().personId(), person().personId());

        assertThatThrownBy(() -> evaluations.assign(priceOnly.id(), person().personId(), three, officer)).hasMessageContaining("only an award on quality");
        assertThatThrownBy(() -> evaluations.assign(quality.id(), "nobody", three, officer)).isInstanceOf(ProcurementException.PersonNotFound.class);
        assertThatThrownBy(() -> evaluations.assign(quality.id(), three.getFirst(), three, officer)).hasMessageContaining("cannot also score");
        assertThat(evaluations.committee(quality.id(), officer)).isNull();
    }
}
