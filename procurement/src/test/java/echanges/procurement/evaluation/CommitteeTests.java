package echanges.procurement.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import echanges.procurement.award.QualityScoresheet;
import echanges.procurement.award.Score;

/** The committee, consolidation and shortlist rules against s. 24 and seed 002. */
class CommitteeTests {

    private static final EvaluationSettings QC = EvaluationSettings.DEFAULTS;

    @ParameterizedTest(name = "secretary {0}, evaluators {1} → {2}")
    @CsvSource(delimiter = ';', value = {
            "s; a,b,c; ok",
            "s; a,b,c,d,e; ok",
            "s; a,b; at least 3",
            "s; a,b,a; named twice",
            "s; a,b,s; cannot also score",
            "' '; a,b,c; needs a secretary"})
    void shouldCheckTheCommittee(String secretary, String evaluators, String expected) {
        List<String> ids = List.of(evaluators.split(","));
        if (expected.equals("ok")) assertThat(Committee.of(secretary, ids, QC).evaluatorIds()).isEqualTo(ids);
        else assertThatThrownBy(() -> Committee.of(secretary, ids, QC)).isInstanceOf(EvaluationRuleBroken.InvalidInput.class).hasMessageContaining(expected);
    }

    @Test
    void shouldFollowTheJurisdictionsMinimum() {
        assertThat(Committee.of("s", List.of("a"), new EvaluationSettings(1, 5)).evaluatorIds()).containsExactly("a");
    }

    private static QualityScoresheet sheet(String proposal, String evaluator, long c1, long c2) {
        return new QualityScoresheet(proposal, evaluator, Map.of("c1", Score.of(c1), "c2", Score.of(c2)));
    }

    @Test
    void shouldConsolidateTheAverageOfTheScoringMembersOnly() {
        List<QualityScoresheet> sheets = List.of(sheet("p", "a", 80, 70), sheet("p", "b", 90, 75), sheet("p", "c", 71, 70),
                sheet("p", "recused", 0, 0));
        Map<String, java.util.SortedMap<String, Score>> result = Consolidation.of(List.of("p"), Set.of("a", "b", "c"), List.of("c1", "c2"), sheets, QC);
        assertThat(result.get("p").get("c1").value()).isEqualByComparingTo("80.33");
        assertThat(result.get("p").get("c2").value()).isEqualByComparingTo("71.67");
    }

    @Test
    void shouldNameEveryMissingScoresheet() {
        List<QualityScoresheet> sheets = List.of(sheet("p", "a", 80, 70), sheet("p", "b", 90, 75), sheet("q", "a", 80, 70));
        assertThatThrownBy(() -> Consolidation.of(List.of("p", "q"), Set.of("a", "b", "c"), List.of("c1", "c2"), sheets, QC))
                .isInstanceOf(EvaluationRuleBroken.NotYet.class)
                .hasMessageContaining("c on p").hasMessageContaining("b on q").hasMessageContaining("c on q");
    }

    @Test
    void shouldRefuseTooFewScoringMembersOrWrongCriteria() {
        assertThatThrownBy(() -> Consolidation.of(List.of("p"), Set.of("a", "b"), List.of("c1", "c2"), List.of(), QC))
                .isInstanceOf(EvaluationRuleBroken.NotYet.class).hasMessageContaining("needs 3");
        List<QualityScoresheet> wrong = List.of(new QualityScoresheet("p", "a", Map.of("c1", Score.of(80))));
        assertThatThrownBy(() -> Consolidation.of(List.of("p"), Set.of("a", "b", "c"), List.of("c1", "c2"), wrong, QC))
                .isInstanceOf(EvaluationRuleBroken.InvalidInput.class);
    }

    @ParameterizedTest(name = "{0} shortlisted, deadline in {1} s → {2}")
    @CsvSource(delimiter = ';', value = {
            "p1; 60; ok",
            "p1,p2,p3,p4,p5; 60; ok",
            "p1,p2,p3,p4,p5,p6; 60; 1 to 5",
            "p1,p1; 60; twice",
            "p1,x; 60; not in the running",
            "p1; 0; after now",
            "p1; -60; after now"})
    void shouldCheckTheShortlist(String ids, long deadlineIn, String expected) {
        Instant now = Instant.parse("2026-11-20T15:00:00Z");
        Set<String> eligible = Set.of("p1", "p2", "p3", "p4", "p5", "p6");
        List<String> proposals = List.of(ids.split(","));
        if (expected.equals("ok")) assertThat(Shortlist.of(proposals, now.plusSeconds(deadlineIn), eligible, now, QC).proposalIds()).isEqualTo(proposals);
        else assertThatThrownBy(() -> Shortlist.of(proposals, now.plusSeconds(deadlineIn), eligible, now, QC))
                .isInstanceOf(EvaluationRuleBroken.InvalidInput.class).hasMessageContaining(expected);
    }
}
