package echanges.procurement.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import echanges.procurement.award.AwardRule.MinimumQuality;
import echanges.procurement.award.AwardRule.PriceOnly;
import echanges.procurement.award.AwardRule.QualityPrice;
import echanges.procurement.award.AwardRuleBroken.InvalidConfiguration;
import echanges.procurement.award.AwardRuleBroken.InvalidInput;

class AwardRuleTests {

    /** Weights such as "40 35 25", one Sch. 2 criterion each. */
    static List<Criterion> weighted(String weights) {
        List<Criterion> criteria = new ArrayList<>();
        String[] each = weights.trim().split("\\s+");
        for (int i = 0; i < each.length; i++)
            criteria.add(Criterion.weighted("c" + (i + 1), "Criterion " + (i + 1), Percent.of(each[i])));
        return criteria;
    }

    static List<Criterion> minimums(int count, long level) {
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 1; i <= count; i++)
            criteria.add(Criterion.minimum("c" + i, "Criterion " + i, Score.of(level)));
        return criteria;
    }

    private static void assertValidity(AwardRule rule, boolean valid, String section) {
        if (valid) assertThatCode(rule::validate).doesNotThrowAnyException();
        else assertThatThrownBy(rule::validate)
                .isInstanceOfSatisfying(InvalidConfiguration.class, e -> assertThat(e.section()).isEqualTo(section))
                .hasMessageStartingWith(section + ": ");
    }

    @Nested
    class QualityPriceConfiguration {

        @ParameterizedTest
        @CsvSource(textBlock = """
                # weights,      valid
                50 50,          false
                100,            false
                40 35 25,       true
                25 25 25 25,    true
                """)
        void shouldRequireAtLeastThreeCriteria(String weights, boolean valid) {
            QualityPrice rule = new QualityPrice(weighted(weights), Percent.of(20));

            assertValidity(rule, valid, weighted(weights).size() < 3 ? "Sch. 2 (1)" : "Sch. 2 (3)");
        }

        @ParameterizedTest
        @CsvSource(textBlock = """
                # weights,            valid, total in the message
                40 35 25,             true,  ''
                33.33 33.33 33.34,    true,  ''
                40 35 24,             false, 99%
                40 35 26,             false, 101%
                33.33 33.33 33.33,    false, 99.99%
                40 35 25.01,          false, 100.01%
                """)
        void shouldRequireWeightsTotallingExactlyOneHundredPercent(String weights, boolean valid, String total) {
            QualityPrice rule = new QualityPrice(weighted(weights), Percent.of(20));

            assertValidity(rule, valid, "Sch. 2 (3)");
            if (!valid) assertThatThrownBy(rule::validate).hasMessageContaining("was " + total);
        }

        @Test
        void shouldRefuseACriterionWeighingNothing() {
            assertThatThrownBy(() -> new QualityPrice(weighted("60 40 0"), Percent.of(20)).validate())
                    .isInstanceOf(InvalidConfiguration.class).hasMessageContaining("Sch. 2 (3)").hasMessageContaining("c3");
        }

        @ParameterizedTest
        @CsvSource(textBlock = """
                # K,    valid
                14,     false
                14.99,  false
                15,     true
                22.5,   true
                30,     true
                30.01,  false
                31,     false
                """)
        void shouldRequireKFromFifteenToThirtyPercent(String k, boolean valid) {
            QualityPrice rule = new QualityPrice(weighted("40 35 25"), Percent.of(k));

            assertValidity(rule, valid, "Sch. 2 (9)");
            if (!valid) assertThatThrownBy(rule::validate).hasMessageContaining("was " + k + "%");
        }

        @ParameterizedTest
        @CsvSource(textBlock = """
                # per-criterion minimum, valid
                70,                      true
                60,                      false
                75,                      false
                """)
        void shouldAcceptOnlySeventyPointsAsAPerCriterionMinimum(long minimum, boolean valid) {
            List<Criterion> criteria = new ArrayList<>(weighted("40 35 25"));
            criteria.set(1, criteria.get(1).withAcceptableLevel(Score.of(minimum)));

            assertValidity(new QualityPrice(criteria, Percent.of(20)), valid, "Sch. 2 (5)");
        }

        @Test
        void shouldSetTheMinimumOnEveryCriterion() {
            QualityPrice rule = new QualityPrice(weighted("40 35 25"), Percent.of(20)).withMinimumOnEveryCriterion();

            assertThat(rule.criteria()).extracting(Criterion::acceptableLevel).containsOnly(Score.ACCEPTABLE);
            assertThatCode(rule::validate).doesNotThrowAnyException();
        }

        @Test
        void shouldRefuseTheSameCriterionTwice() {
            List<Criterion> criteria = List.of(Criterion.weighted("c1", "A", Percent.of(40)),
                    Criterion.weighted("c1", "B", Percent.of(35)), Criterion.weighted("c3", "C", Percent.of(25)));

            assertThatThrownBy(() -> new QualityPrice(criteria, Percent.of(20)).validate())
                    .isInstanceOf(InvalidConfiguration.class).hasMessageContaining("c1 appears twice");
        }
    }

    @Nested
    class MinimumQualityConfiguration {

        @ParameterizedTest
        @CsvSource(textBlock = """
                # criteria, valid
                0,          false
                2,          false
                3,          true
                5,          true
                """)
        void shouldRequireAtLeastThreeCriteria(int count, boolean valid) {
            assertValidity(new MinimumQuality(minimums(count, 60)), valid, "Sch. 1 (1)");
        }

        @Test
        void shouldRequireAnAcceptableLevelOnEveryCriterion() {
            List<Criterion> criteria = new ArrayList<>(minimums(3, 60));
            criteria.set(2, criteria.get(2).withAcceptableLevel(null));

            assertValidity(new MinimumQuality(criteria), false, "Sch. 1 (2)");
            assertThatThrownBy(() -> new MinimumQuality(criteria).validate()).hasMessageContaining("c3");
        }
    }

    @Nested
    class PreferentialMarginConfiguration {

        @ParameterizedTest
        @CsvSource(textBlock = """
                # margin, valid
                0,        true
                5,        true
                10,       true
                10.01,    false
                11,       false
                """)
        void shouldCapTheMarginAtTenPercentUnderEveryRule(String margin, boolean valid) {
            Percent m = Percent.of(margin);

            assertValidity(new PriceOnly(m), valid, "s. 37");
            assertValidity(new MinimumQuality(minimums(3, 60), m), valid, "s. 37");
            assertValidity(new QualityPrice(weighted("40 35 25"), Percent.of(20), m), valid, "s. 37");
        }
    }

    @Nested
    class FinalScore {

        @ParameterizedTest
        @CsvSource(textBlock = """
                # weights,            scores,            final score (Sch. 2 (6), 2 decimals HALF_UP)
                40 35 25,             70 70 70,          70.00
                40 35 25,             100 50 70,         75.00
                40 35 25,             80 90 60,          78.50
                33.33 33.33 33.34,    71 72 73,          72.00
                33.33 33.33 33.34,    70.01 70 70,       70.00
                33.33 33.33 33.34,    70.02 70 70,       70.01
                50 25 25,             69.99 70 70,       70.00
                50 30 20,             69.99 69.99 70,    69.99
                """)
        void shouldSumTheWeightedScores(String weights, String scores, String expected) {
            QualityPrice rule = new QualityPrice(weighted(weights), Percent.of(20));
            String[] each = scores.trim().split("\\s+");
            Map<String, Score> byCriterion = new java.util.HashMap<>();
            for (int i = 0; i < each.length; i++) byCriterion.put("c" + (i + 1), Score.of(each[i]));

            Score finalScore = rule.finalScore(byCriterion);

            assertThat(finalScore).isEqualTo(Score.of(expected));
        }

        @Test
        void shouldRefuseToScoreWithoutEveryCriterion() {
            QualityPrice rule = new QualityPrice(weighted("40 35 25"), Percent.of(20));

            assertThatThrownBy(() -> rule.finalScore(Map.of("c1", Score.of(80), "c2", Score.of(80))))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("c3");
        }
    }

    @Nested
    class Values {

        @ParameterizedTest
        @CsvSource(textBlock = """
                # value, valid
                0,       true
                70,      true
                100,     true
                99.99,   true
                -0.01,   false
                100.01,  false
                70.001,  false
                """)
        void shouldKeepScoresOnTheScaleOfZeroToOneHundred(String value, boolean valid) {
            if (valid) assertThat(Score.of(value).value().scale()).isEqualTo(2);
            else assertThatThrownBy(() -> Score.of(value)).isInstanceOf(InvalidInput.class).hasMessageContaining(value);
        }

        @ParameterizedTest
        @CsvSource(textBlock = """
                # value, valid
                0,       true
                100,     true
                22.5,    true
                -1,      false
                100.5,   false
                12.345,  false
                """)
        void shouldKeepPercentagesBetweenZeroAndOneHundred(String value, boolean valid) {
            if (valid) assertThat(Percent.of(value).value()).isEqualByComparingTo(value).hasScaleOf(2);
            else assertThatThrownBy(() -> Percent.of(value)).isInstanceOf(InvalidInput.class);
        }

        @Test
        void shouldTreatEqualPercentagesOfDifferentScalesAsEqual() {
            assertThat(Percent.of("30")).isEqualTo(Percent.of("30.00")).hasToString("30%");
            assertThat(Percent.of("30").fraction()).isEqualByComparingTo("0.3");
        }

        @Test
        void shouldRequireNamedCriteria() {
            assertThatThrownBy(() -> Criterion.weighted(" ", "Name", Percent.of(10))).isInstanceOf(InvalidInput.class);
            assertThatThrownBy(() -> Criterion.weighted("c1", "", Percent.of(10))).isInstanceOf(InvalidInput.class)
                    .hasMessageContaining("c1");
        }

        @Test
        void shouldListNoCriteriaForAPriceOnlyAward() {
            assertThat(new PriceOnly().criteria()).isEmpty();
            assertThat(Arrays.asList(new PriceOnly().section(), new MinimumQuality(List.of()).section(),
                    new QualityPrice(List.of(), Percent.of(20)).section())).containsExactly("s. 13", "Sch. 1", "Sch. 2");
        }
    }
}
