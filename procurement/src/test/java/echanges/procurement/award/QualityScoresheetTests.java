package echanges.procurement.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import echanges.procurement.award.AwardRuleBroken.InvalidInput;

class QualityScoresheetTests {

    /** One sheet per evaluator, each scoring only criterion c1. */
    private static List<QualityScoresheet> sheets(String scoresOfC1) {
        List<QualityScoresheet> sheets = new ArrayList<>();
        String[] each = scoresOfC1.trim().split("\\s+");
        for (int i = 0; i < each.length; i++)
            sheets.add(new QualityScoresheet("P", "e" + i, Map.of("c1", Score.of(each[i]))));
        return sheets;
    }

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(textBlock = """
            # evaluators' scores, consolidated (average, 2 decimals, HALF_UP)
            80,                   80.00
            70 75 80,             75.00
            70 71 71,             70.67
            70 70 71,             70.33
            70.00 70.01,          70.01
            69.99 70.00,          70.00
            0 100,                50.00
            33.33 33.33 33.34,    33.33
            60 70 80 91,          75.25
            """)
    void shouldAverageTheEvaluatorsPerCriterion(String scores, String consolidated) {
        Map<String, Score> result = QualityScoresheet.consolidate(sheets(scores));

        assertThat(result).containsExactly(Map.entry("c1", Score.of(consolidated)));
    }

    @Test
    void shouldConsolidateEveryCriterionSeparately() {
        List<QualityScoresheet> sheets = List.of(
                new QualityScoresheet("P", "alice", Map.of("c1", Score.of(80), "c2", Score.of(60), "c3", Score.of(90))),
                new QualityScoresheet("P", "bob", Map.of("c1", Score.of(70), "c2", Score.of(65), "c3", Score.of(100))),
                new QualityScoresheet("P", "chloé", Map.of("c1", Score.of(75), "c2", Score.of(70), "c3", Score.of(95))));

        Map<String, Score> result = QualityScoresheet.consolidate(sheets);

        assertThat(result).containsExactly(Map.entry("c1", Score.of(75)), Map.entry("c2", Score.of(65)), Map.entry("c3", Score.of(95)));
    }

    @Test
    void shouldCarryNoPriceSoEvaluatorsScoreWithoutKnowingIt() {
        List<String> components = Arrays.stream(QualityScoresheet.class.getRecordComponents()).map(RecordComponent::getName).toList();

        assertThat(components).containsExactly("proposalId", "evaluatorId", "scores");
        assertThat(QualityScoresheet.class.getRecordComponents()).extracting(RecordComponent::getType)
                .doesNotContain(BigDecimal.class);
    }

    @Test
    void shouldRefuseScoresheetsOfDifferentProposals() {
        List<QualityScoresheet> sheets = List.of(new QualityScoresheet("P", "alice", Map.of("c1", Score.of(80))),
                new QualityScoresheet("Q", "bob", Map.of("c1", Score.of(70))));

        assertThatThrownBy(() -> QualityScoresheet.consolidate(sheets)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("s. 24").hasMessageContaining("P").hasMessageContaining("Q");
    }

    @Test
    void shouldRefuseTwoScoresheetsFromOneEvaluator() {
        List<QualityScoresheet> sheets = List.of(new QualityScoresheet("P", "alice", Map.of("c1", Score.of(80))),
                new QualityScoresheet("P", "alice", Map.of("c1", Score.of(100))));

        assertThatThrownBy(() -> QualityScoresheet.consolidate(sheets)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("alice");
    }

    @Test
    void shouldRefuseScoresheetsOnDifferentCriteria() {
        List<QualityScoresheet> sheets = List.of(
                new QualityScoresheet("P", "alice", Map.of("c1", Score.of(80), "c2", Score.of(80))),
                new QualityScoresheet("P", "bob", Map.of("c1", Score.of(70))));

        assertThatThrownBy(() -> QualityScoresheet.consolidate(sheets)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("bob").hasMessageContaining("[c1]").hasMessageContaining("[c1, c2]");
    }

    @Test
    void shouldRefuseToConsolidateNothing() {
        assertThatThrownBy(() -> QualityScoresheet.consolidate(List.of())).isInstanceOf(InvalidInput.class);
    }
}
