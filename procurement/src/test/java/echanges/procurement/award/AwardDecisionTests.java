package echanges.procurement.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import echanges.procurement.award.AwardRule.MinimumQuality;
import echanges.procurement.award.AwardRule.PriceOnly;
import echanges.procurement.award.AwardRule.QualityPrice;
import echanges.procurement.award.AwardRuleBroken.InvalidConfiguration;
import echanges.procurement.award.AwardRuleBroken.InvalidInput;
import echanges.procurement.award.RejectionReason.BelowAcceptableLevel;
import echanges.procurement.award.RejectionReason.BelowCriterionMinimum;
import echanges.procurement.award.RejectionReason.FinalScoreBelowThreshold;
import echanges.procurement.award.RejectionReason.NonCompliant;
import echanges.procurement.award.RejectionReason.SeveralProposals;

class AwardDecisionTests {

    private static final String SEED = "3f1c0a6e9b2d4f8a7c5e1b3d9f0a2c4e";
    private static final TieBreak DRAW = new SeededDraw(SEED);
    private static final TieBreak NO_TIE_EXPECTED = tied -> {
        throw new AssertionError("no drawing of lots expected, tied: " + tied);
    };

    private static final QualityPrice SCH2_K30 = new QualityPrice(AwardRuleTests.weighted("40 35 25"), Percent.of(30));
    private static final MinimumQuality SCH1 = new MinimumQuality(AwardRuleTests.minimums(3, 60));

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    /** A conforming proposal of its own supplier ("s-" + id), scored "80 75 90" on c1, c2, c3. */
    private static ProposalEvaluation proposal(String id, String price, String scores) {
        Map<String, Score> byCriterion = new HashMap<>();
        if (!scores.isBlank()) {
            String[] each = scores.trim().split("\\s+");
            for (int i = 0; i < each.length; i++) byCriterion.put("c" + (i + 1), Score.of(each[i]));
        }
        return ProposalEvaluation.of(id, "s-" + id, money(price), byCriterion);
    }

    private static ProposalEvaluation priced(String id, String price) {
        return ProposalEvaluation.priced(id, "s-" + id, money(price));
    }

    /** "A:1000 B:1200" as price-only proposals. */
    private static List<ProposalEvaluation> priced(String proposals) {
        List<ProposalEvaluation> all = new ArrayList<>();
        for (String each : proposals.trim().split("\\s+")) {
            String[] parts = each.split(":");
            all.add(priced(parts[0], parts[1]));
        }
        return all;
    }

    private static List<String> ranking(AwardDecision decision) {
        return decision.outcomes().stream().filter(ProposalOutcome::accepted).map(ProposalOutcome::proposalId).toList();
    }

    private static ProposalOutcome outcome(AwardDecision decision, String proposalId) {
        return decision.outcomeOf(proposalId).orElseThrow();
    }

    @Nested
    class PriceOnlyAward {

        @ParameterizedTest
        @CsvSource(textBlock = """
                # proposals,                   ranking (s. 13: lowest price first)
                A:1200 B:1000 C:1100,          B C A
                A:999.99 B:1000,               A B
                A:45000,                       A
                A:0.01 B:0.02 C:89999.99,      A B C
                """)
        void shouldAwardTheLowestPrice(String proposals, String ranking) {
            AwardDecision decision = AwardDecision.decide(new PriceOnly(), priced(proposals), NO_TIE_EXPECTED);

            assertThat(ranking(decision)).containsExactly(ranking.split(" "));
            assertThat(decision.winner()).hasValueSatisfying(w -> assertThat(w.proposalId()).isEqualTo(ranking.split(" ")[0]));
        }

        @Test
        void shouldReportRankAndComparedPriceButNoScoreOrAdjustedPrice() {
            AwardDecision decision = AwardDecision.decide(new PriceOnly(), priced("A:1200 B:1000"), NO_TIE_EXPECTED);

            ProposalOutcome b = outcome(decision, "B");
            assertThat(b.rank()).isEqualTo(1);
            assertThat(b.won()).isTrue();
            assertThat(b.comparedPrice()).isEqualTo(money("1000.00"));
            assertThat(b.price()).isEqualTo(money("1000.00"));
            assertThat(b.finalScore()).isNull();
            assertThat(b.adjustedPrice()).isNull();
            assertThat(outcome(decision, "A").rank()).isEqualTo(2);
            assertThat(outcome(decision, "A").won()).isFalse();
        }

        @Test
        void shouldBeUnsuccessfulWithoutAnyProposal() {
            AwardDecision decision = AwardDecision.decide(new PriceOnly(), List.of(), NO_TIE_EXPECTED);

            assertThat(decision.successful()).isFalse();
            assertThat(decision.winner()).isEmpty();
            assertThat(decision.outcomes()).isEmpty();
        }
    }

    @Nested
    class MinimumQualityAward {

        @ParameterizedTest
        @CsvSource(textBlock = """
                # A's scores (A bids 900; B 1000 and C 1100 pass), winner, A rejected on
                60 60 60,      A, ''
                90 95 100,     A, ''
                59.99 90 90,   B, c1
                90 90 55,      B, c3
                10 90 20,      B, c1 c3
                """)
        void shouldAwardTheLowestPriceAmongProposalsReachingEveryAcceptableLevel(String scoresOfA, String winner,
                String rejectedOn) {
            List<ProposalEvaluation> proposals = List.of(proposal("A", "900", scoresOfA),
                    proposal("B", "1000", "61 70 80"), proposal("C", "1100", "100 100 100"));

            AwardDecision decision = AwardDecision.decide(SCH1, proposals, NO_TIE_EXPECTED);

            assertThat(decision.winner().orElseThrow().proposalId()).isEqualTo(winner);
            ProposalOutcome a = outcome(decision, "A");
            List<String> failed = a.rejections().stream().map(r -> ((BelowAcceptableLevel) r).criterionId()).toList();
            assertThat(failed).containsExactly(rejectedOn.isBlank() ? new String[0] : rejectedOn.split(" "));
            assertThat(a.accepted()).isEqualTo(rejectedOn.isBlank());
            if (!a.accepted()) {
                assertThat(a.rank()).isNull();
                assertThat(a.comparedPrice()).isNull();
                assertThat(a.rejections().getFirst().section()).isEqualTo("Sch. 1 (3)");
            }
        }

        @Test
        void shouldBeUnsuccessfulWhenNoProposalIsAcceptable() {
            List<ProposalEvaluation> proposals = List.of(proposal("A", "900", "50 90 90"), proposal("B", "1000", "90 50 90"));

            AwardDecision decision = AwardDecision.decide(SCH1, proposals, NO_TIE_EXPECTED);

            assertThat(decision.successful()).isFalse();
            assertThat(decision.outcomes()).noneMatch(ProposalOutcome::accepted);
        }
    }

    @Nested
    class QualityPriceAward {

        @ParameterizedTest
        @CsvSource(textBlock = """
                # A price, A scores,  B price, B scores,    winner, A final, A adjusted, B final, B adjusted  (K = 30%)
                1000,      70 70 70,  1250,    100 100 100, B,      70.00,   1000.00,    100.00,  961.54
                1000,      70 70 70,  1300,    100 100 100, tie,    70.00,   1000.00,    100.00,  1000.00
                1000,      70 70 70,  1350,    100 100 100, A,      70.00,   1000.00,    100.00,  1038.46
                1000,      85 85 85,  1100,    100 100 100, B,      85.00,   869.57,     100.00,  846.15
                900,       80 75 90,  1000,    90 90 90,    A,      80.75,   812.64,     90.00,   833.33
                """)
        void shouldAwardTheLowestAdjustedPrice(String priceA, String scoresA, String priceB, String scoresB, String winner,
                String finalA, String adjustedA, String finalB, String adjustedB) {
            List<ProposalEvaluation> proposals = List.of(proposal("A", priceA, scoresA), proposal("B", priceB, scoresB));

            AwardDecision decision = AwardDecision.decide(SCH2_K30, proposals, DRAW);

            ProposalOutcome a = outcome(decision, "A");
            ProposalOutcome b = outcome(decision, "B");
            assertThat(a.finalScore()).isEqualTo(Score.of(finalA));
            assertThat(a.adjustedPrice()).isEqualTo(money(adjustedA));
            assertThat(b.finalScore()).isEqualTo(Score.of(finalB));
            assertThat(b.adjustedPrice()).isEqualTo(money(adjustedB));
            if (winner.equals("tie")) {
                assertThat(decision.draws()).singleElement().satisfies(d -> assertThat(d.tiedProposalIds()).containsExactly("A", "B"));
                assertThat(decision.winner().orElseThrow().proposalId()).isEqualTo(SeededDraw.order(SEED, List.of("A", "B")).getFirst());
            } else {
                assertThat(decision.winner().orElseThrow().proposalId()).isEqualTo(winner);
                assertThat(decision.draws()).isEmpty();
            }
        }

        @ParameterizedTest
        @CsvSource(textBlock = """
                # scores,          final, accepted
                70 70 70,          70.00, true
                100 0 100,         65.00, false
                69.99 69.99 69.99, 69.99, false
                60 80 75,          70.75, true
                """)
        void shouldAcceptOnlyAFinalScoreOfAtLeastSeventy(String scores, String finalScore, boolean accepted) {
            AwardDecision decision = AwardDecision.decide(SCH2_K30, List.of(proposal("A", "1000", scores)), NO_TIE_EXPECTED);

            ProposalOutcome a = outcome(decision, "A");
            assertThat(a.accepted()).isEqualTo(accepted);
            assertThat(a.finalScore()).isEqualTo(Score.of(finalScore));
            if (!accepted) {
                assertThat(a.rejections()).containsExactly(new FinalScoreBelowThreshold(Score.of(finalScore)));
                assertThat(a.adjustedPrice()).isNull();
                assertThat(decision.successful()).isFalse();
            }
        }

        @ParameterizedTest
        @CsvSource(textBlock = """
                # scores (final ≥ 70), accepted without minimum, accepted with minimum on every criterion, criterion below
                70 70 70,              true,                      true,                                       ''
                60 80 75,              true,                      false,                                      c1
                95 65 69.99,           true,                      false,                                      c2 c3
                """)
        void shouldApplyTheOptionalPerCriterionMinimum(String scores, boolean withoutMinimum, boolean withMinimum,
                String below) {
            List<ProposalEvaluation> proposals = List.of(proposal("A", "1000", scores));

            AwardDecision plain = AwardDecision.decide(SCH2_K30, proposals, NO_TIE_EXPECTED);
            AwardDecision strict = AwardDecision.decide(SCH2_K30.withMinimumOnEveryCriterion(), proposals, NO_TIE_EXPECTED);

            assertThat(outcome(plain, "A").accepted()).isEqualTo(withoutMinimum);
            assertThat(outcome(strict, "A").accepted()).isEqualTo(withMinimum);
            assertThat(outcome(strict, "A").rejections()).extracting(r -> ((BelowCriterionMinimum) r).criterionId())
                    .containsExactly(below.isBlank() ? new String[0] : below.split(" "));
        }

        @Test
        void shouldApplyTheMinimumOnlyWhereTheNoticeSetsIt() {
            List<Criterion> criteria = new ArrayList<>(AwardRuleTests.weighted("40 35 25"));
            criteria.set(0, criteria.get(0).withAcceptableLevel(Score.ACCEPTABLE));
            QualityPrice rule = new QualityPrice(criteria, Percent.of(20));

            AwardDecision decision = AwardDecision.decide(rule,
                    List.of(proposal("A", "1000", "69 80 80"), proposal("B", "1000", "80 60 80")), NO_TIE_EXPECTED);

            assertThat(outcome(decision, "A").rejections()).containsExactly(new BelowCriterionMinimum("c1", Score.of(69)));
            assertThat(outcome(decision, "B").accepted()).isTrue();
        }

        @Test
        void shouldTellEachSupplierItsScoreAdjustedPriceAndRank() {
            List<ProposalEvaluation> proposals = List.of(proposal("A", "1000", "70 70 70"), proposal("B", "1250", "100 100 100"),
                    proposal("C", "800", "50 50 50"), proposal("D", "1111", "80 80 80"));

            AwardDecision decision = AwardDecision.decide(SCH2_K30, proposals, NO_TIE_EXPECTED);

            assertThat(decision.outcomes())
                    .extracting(ProposalOutcome::proposalId, ProposalOutcome::accepted, ProposalOutcome::finalScore,
                            ProposalOutcome::adjustedPrice, ProposalOutcome::rank)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("B", true, Score.of(100), money("961.54"), 1),
                            org.assertj.core.groups.Tuple.tuple("A", true, Score.of(70), money("1000.00"), 2),
                            org.assertj.core.groups.Tuple.tuple("D", true, Score.of(80), money("1010.00"), 3),
                            org.assertj.core.groups.Tuple.tuple("C", false, Score.of(50), null, null));
            assertThat(decision.draws()).isEmpty();
        }
    }

    @Nested
    class PreferentialMargin {

        private final PriceOnly tenPercent = new PriceOnly(Percent.of(10));

        @ParameterizedTest
        @CsvSource(textBlock = """
                # B's price (B meets the requirement; A bids 1000), B's compared price, winner
                1050,       945.00,   B
                1111.10,    999.99,   B
                1111.12,    1000.01,  A
                1200,       1080.00,  A
                """)
        void shouldReduceOnlyTheComparedPrice(String priceOfB, String comparedOfB, String winner) {
            List<ProposalEvaluation> proposals = List.of(priced("A", "1000"),
                    priced("B", priceOfB).withSustainabilityRequirementMet(true));

            AwardDecision decision = AwardDecision.decide(tenPercent, proposals, NO_TIE_EXPECTED);

            ProposalOutcome b = outcome(decision, "B");
            assertThat(b.comparedPrice()).isEqualTo(money(comparedOfB));
            assertThat(b.price()).isEqualByComparingTo(priceOfB);
            assertThat(decision.winner().orElseThrow().proposalId()).isEqualTo(winner);
        }

        @Test
        void shouldChangeTheWinnerWithoutChangingThePricePaid() {
            List<ProposalEvaluation> proposals = List.of(priced("A", "1000"),
                    priced("B", "1050").withSustainabilityRequirementMet(true));

            AwardDecision without = AwardDecision.decide(new PriceOnly(), proposals, NO_TIE_EXPECTED);
            AwardDecision with = AwardDecision.decide(tenPercent, proposals, NO_TIE_EXPECTED);

            assertThat(without.winner().orElseThrow().proposalId()).isEqualTo("A");
            assertThat(with.winner().orElseThrow().proposalId()).isEqualTo("B");
            assertThat(with.winner().orElseThrow().price()).isEqualTo(money("1050.00"));
        }

        @Test
        void shouldTieWhenTheReducedPriceRoundsToTheSameCent() {
            List<ProposalEvaluation> proposals = List.of(priced("A", "1000"),
                    priced("B", "1111.11").withSustainabilityRequirementMet(true));

            AwardDecision decision = AwardDecision.decide(tenPercent, proposals, DRAW);

            assertThat(outcome(decision, "B").comparedPrice()).isEqualTo(money("1000.00"));
            assertThat(decision.draws()).singleElement().satisfies(d -> assertThat(d.comparedPrice()).isEqualTo(money("1000.00")));
        }

        @Test
        void shouldNotReduceTheProposalOfASupplierMissingTheRequirement() {
            AwardDecision decision = AwardDecision.decide(tenPercent, priced("A:1000"), NO_TIE_EXPECTED);

            assertThat(outcome(decision, "A").comparedPrice()).isEqualTo(money("1000.00"));
        }

        @Test
        void shouldReduceThePriceBeforeTheQualityAdjustment() {
            QualityPrice rule = new QualityPrice(SCH2_K30.criteria(), Percent.of(30), Percent.of(10));
            List<ProposalEvaluation> proposals = List.of(proposal("A", "1000", "70 70 70"),
                    proposal("B", "1300", "100 100 100").withSustainabilityRequirementMet(true));

            AwardDecision decision = AwardDecision.decide(rule, proposals, NO_TIE_EXPECTED);

            // 1300 × 0.9 / 1.3 = 900.00
            assertThat(outcome(decision, "B").adjustedPrice()).isEqualTo(money("900.00"));
            assertThat(outcome(decision, "B").price()).isEqualTo(money("1300.00"));
            assertThat(decision.winner().orElseThrow().proposalId()).isEqualTo("B");
        }

        @Test
        void shouldApplyUnderMinimumQualityToo() {
            MinimumQuality rule = new MinimumQuality(SCH1.criteria(), Percent.of(5));
            List<ProposalEvaluation> proposals = List.of(proposal("A", "1000", "70 70 70"),
                    proposal("B", "1050", "70 70 70").withSustainabilityRequirementMet(true));

            AwardDecision decision = AwardDecision.decide(rule, proposals, DRAW);

            // 1050 × 0.95 = 997.50
            assertThat(outcome(decision, "B").comparedPrice()).isEqualTo(money("997.50"));
            assertThat(decision.winner().orElseThrow().proposalId()).isEqualTo("B");
        }
    }

    @Nested
    class TotalAcquisitionCost {

        @ParameterizedTest
        @CsvSource(textBlock = """
                # A's additions (A bids 1000, B bids 1100 with none), A's compared price, winner
                0,        1000.00, A
                99.99,    1099.99, A
                100.01,   1100.01, B
                250,      1250.00, B
                """)
        void shouldAddTheAdditionalCostsToTheComparedPriceOnly(String additions, String compared, String winner) {
            List<ProposalEvaluation> proposals = List.of(priced("A", "1000").withAcquisitionCostAdditions(money(additions)),
                    priced("B", "1100"));

            AwardDecision decision = AwardDecision.decide(new PriceOnly(), proposals, NO_TIE_EXPECTED);

            assertThat(outcome(decision, "A").comparedPrice()).isEqualTo(money(compared));
            assertThat(outcome(decision, "A").price()).isEqualTo(money("1000.00"));
            assertThat(decision.winner().orElseThrow().proposalId()).isEqualTo(winner);
        }

        @Test
        void shouldAddTheCostsToTheAdjustedPriceNotDivideThem() {
            List<ProposalEvaluation> proposals = List.of(
                    proposal("A", "1300", "100 100 100").withAcquisitionCostAdditions(money("130")),
                    proposal("B", "1080", "70 70 70"));

            AwardDecision decision = AwardDecision.decide(SCH2_K30, proposals, NO_TIE_EXPECTED);

            // s. 15.1.1: "added to the ... adjusted prices": 1300 / 1.3 + 130 = 1130.00, not (1300 + 130) / 1.3 = 1100.00
            ProposalOutcome a = outcome(decision, "A");
            assertThat(a.adjustedPrice()).isEqualTo(money("1000.00"));
            assertThat(a.comparedPrice()).isEqualTo(money("1130.00"));
            assertThat(decision.winner().orElseThrow().proposalId()).isEqualTo("B");
        }

        @Test
        void shouldNotReduceTheCostsByTheMargin() {
            List<ProposalEvaluation> proposals = List.of(priced("A", "1000").withSustainabilityRequirementMet(true)
                    .withAcquisitionCostAdditions(money("100")));

            AwardDecision decision = AwardDecision.decide(new PriceOnly(Percent.of(10)), proposals, NO_TIE_EXPECTED);

            assertThat(outcome(decision, "A").comparedPrice()).isEqualTo(money("1000.00"));
        }
    }

    @Nested
    class DrawingOfLots {

        private final List<ProposalEvaluation> tiedAtTheTop = priced("C:1000 A:1000 D:1200 B:1000");

        @Test
        void shouldOrderIdenticalResultsByTheSeededDraw() {
            AwardDecision decision = AwardDecision.decide(new PriceOnly(), tiedAtTheTop, DRAW);

            List<String> drawn = SeededDraw.order(SEED, List.of("A", "B", "C"));
            assertThat(ranking(decision)).containsExactly(drawn.get(0), drawn.get(1), drawn.get(2), "D");
            assertThat(decision.outcomes()).extracting(ProposalOutcome::rank).containsExactly(1, 2, 3, 4);
            assertThat(decision.draws()).singleElement().isEqualTo(new Draw(money("1000.00"), List.of("A", "B", "C"), drawn));
        }

        @Test
        void shouldReachTheSameDecisionWithTheSameSeed() {
            AwardDecision first = AwardDecision.decide(new PriceOnly(), tiedAtTheTop, new SeededDraw(SEED));
            AwardDecision again = AwardDecision.decide(new PriceOnly(), tiedAtTheTop.reversed(), new SeededDraw(SEED));

            assertThat(again.outcomes()).isEqualTo(first.outcomes());
            assertThat(again.draws()).isEqualTo(first.draws());
        }

        @Test
        void shouldLetTheSeedDecideTheWinner() {
            Set<String> winners = new HashSet<>();
            for (int i = 0; i < 40; i++) {
                AwardDecision decision = AwardDecision.decide(new PriceOnly(), tiedAtTheTop, new SeededDraw(SEED + "-" + i));
                winners.add(decision.winner().orElseThrow().proposalId());
            }

            assertThat(winners).containsExactlyInAnyOrder("A", "B", "C");
        }

        @Test
        void shouldDrawEachGroupOfTiesSeparately() {
            AwardDecision decision = AwardDecision.decide(new PriceOnly(), priced("A:1000 B:1000 C:1200 D:1200 E:1100"), DRAW);

            assertThat(decision.draws()).extracting(Draw::tiedProposalIds).containsExactly(List.of("A", "B"), List.of("C", "D"));
            assertThat(ranking(decision).get(2)).isEqualTo("E");
        }

        @Test
        void shouldRefuseADrawThatIsNotAnOrderOfTheTiedProposals() {
            TieBreak rigged = tied -> List.of("A", "Z");

            assertThatThrownBy(() -> AwardDecision.decide(new PriceOnly(), priced("A:1000 B:1000"), rigged))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("s. 14");
        }
    }

    @Nested
    class Compliance {

        @Test
        void shouldRejectANonConformingProposalWithoutScoringIt() {
            List<ProposalEvaluation> proposals = List.of(
                    proposal("A", "500", "").withConforming(false), proposal("B", "1000", "70 70 70"));

            AwardDecision decision = AwardDecision.decide(SCH2_K30, proposals, NO_TIE_EXPECTED);

            ProposalOutcome a = outcome(decision, "A");
            assertThat(a.rejections()).containsExactly(new NonCompliant());
            assertThat(a.finalScore()).isNull();
            assertThat(decision.winner().orElseThrow().proposalId()).isEqualTo("B");
        }

        @Test
        void shouldRejectEveryProposalOfASupplierWhoFiledSeveral() {
            List<ProposalEvaluation> proposals = List.of(
                    ProposalEvaluation.priced("A1", "acme", money("900")), ProposalEvaluation.priced("A2", "acme", money("950")),
                    priced("B", "1000"));

            AwardDecision decision = AwardDecision.decide(new PriceOnly(), proposals, NO_TIE_EXPECTED);

            assertThat(outcome(decision, "A1").rejections()).containsExactly(new SeveralProposals("acme"));
            assertThat(outcome(decision, "A2").rejections()).containsExactly(new SeveralProposals("acme"));
            assertThat(decision.winner().orElseThrow().proposalId()).isEqualTo("B");
        }

        @Test
        void shouldListTheAcceptedByRankThenTheRejected() {
            List<ProposalEvaluation> proposals = List.of(priced("R1", "10").withConforming(false), priced("X", "300"),
                    priced("Y", "200"), priced("R2", "20").withConforming(false));

            AwardDecision decision = AwardDecision.decide(new PriceOnly(), proposals, NO_TIE_EXPECTED);

            assertThat(decision.outcomes()).extracting(ProposalOutcome::proposalId).containsExactly("Y", "X", "R1", "R2");
        }
    }

    @Nested
    class UnusuallyLowScreening {

        private static final BigDecimal ESTIMATE = new BigDecimal("10000");

        @Test
        void shouldFlagTheWinnerWhoseJustificationTheAwardAwaits() {
            List<ProposalEvaluation> proposals = priced("A:6000 B:9500 C:9800");

            AwardDecision decision = AwardDecision.decide(new PriceOnly(), proposals, NO_TIE_EXPECTED, ESTIMATE,
                    UnusuallyLowPrice.Thresholds.DEFAULTS);

            assertThat(decision.winnerRequiresJustification()).isTrue();
            assertThat(decision.requiringJustification()).extracting(ProposalOutcome::proposalId).containsExactly("A");
        }

        @Test
        void shouldNotFlagPricesNearTheOthersOrTheEstimate() {
            AwardDecision decision = AwardDecision.decide(new PriceOnly(), priced("A:7000 B:9500 C:9800"), NO_TIE_EXPECTED,
                    ESTIMATE, UnusuallyLowPrice.Thresholds.DEFAULTS);

            assertThat(decision.winnerRequiresJustification()).isFalse();
            assertThat(decision.requiringJustification()).isEmpty();
        }

        @Test
        void shouldCompareWithCompliantProposalsOnly() {
            List<ProposalEvaluation> proposals = List.of(priced("A", "6000"), priced("B", "6100").withConforming(false),
                    priced("C", "9800"));

            AwardDecision decision = AwardDecision.decide(new PriceOnly(), proposals, NO_TIE_EXPECTED, ESTIMATE,
                    UnusuallyLowPrice.Thresholds.DEFAULTS);

            // Against B as well, the median (7950) would hide A's gap; B is not compliant (s. 15.5 (2)).
            assertThat(outcome(decision, "A").requiresJustification()).isTrue();
            assertThat(outcome(decision, "B").requiresJustification()).isFalse();
        }

        @Test
        void shouldNotScreenWithoutAnEstimate() {
            AwardDecision decision = AwardDecision.decide(new PriceOnly(), priced("A:1 B:9500"), NO_TIE_EXPECTED);

            assertThat(decision.requiringJustification()).isEmpty();
        }

        @Test
        void shouldRefuseAnEstimateOfNothing() {
            assertThatThrownBy(() -> AwardDecision.decide(new PriceOnly(), List.of(), NO_TIE_EXPECTED, BigDecimal.ZERO,
                    UnusuallyLowPrice.Thresholds.DEFAULTS)).isInstanceOf(InvalidInput.class).hasMessageContaining("s. 15.5 (1)");
        }
    }

    @Nested
    class InvalidInputs {

        @Test
        void shouldRefuseARuleThatCouldNotBePublished() {
            QualityPrice twoCriteria = new QualityPrice(AwardRuleTests.weighted("50 50"), Percent.of(20));

            assertThatThrownBy(() -> AwardDecision.decide(twoCriteria, List.of(), NO_TIE_EXPECTED))
                    .isInstanceOf(InvalidConfiguration.class).hasMessageContaining("Sch. 2 (1)");
        }

        @Test
        void shouldRefuseTheSameProposalTwice() {
            assertThatThrownBy(() -> AwardDecision.decide(new PriceOnly(), priced("A:1 A:2"), NO_TIE_EXPECTED))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("A");
        }

        @ParameterizedTest
        @CsvSource(textBlock = """
                # scores given to c1 c2 c3 (c4 is unknown to the notice)
                c1 c2
                c1 c2 c3 c4
                ''
                """)
        void shouldRefuseAConformingProposalNotScoredOnExactlyTheNoticesCriteria(String criteria) {
            Map<String, Score> scores = new HashMap<>();
            if (!criteria.isBlank()) for (String id : criteria.split(" ")) scores.put(id, Score.of(80));
            ProposalEvaluation proposal = ProposalEvaluation.of("A", "s-A", money("1000"), scores);

            assertThatThrownBy(() -> AwardDecision.decide(SCH2_K30, List.of(proposal), NO_TIE_EXPECTED))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("Sch. 2").hasMessageContaining("proposal A");
            assertThatThrownBy(() -> AwardDecision.decide(SCH1, List.of(proposal), NO_TIE_EXPECTED))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("Sch. 1");
        }

        @ParameterizedTest
        @CsvSource(textBlock = """
                # price,  additions, section
                -1,       0,         s. 13
                1000.001, 0,         s. 13
                1000,     -5,        s. 15.1.1
                1000,     0.005,     s. 15.1.1
                """)
        void shouldRefuseAmountsThatAreNotWholeCents(String price, String additions, String section) {
            assertThatThrownBy(() -> new ProposalEvaluation("A", "s-A", money(price), Map.of(), false, money(additions), true))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.section()).isEqualTo(section));
        }

        @Test
        void shouldKeepAmountsInCents() {
            ProposalEvaluation proposal = new ProposalEvaluation("A", "s-A", money("1000"), Map.of(), false, money("5.5"), true);

            assertThat(proposal.price()).isEqualTo(money("1000.00"));
            assertThat(proposal.acquisitionCostAdditions()).isEqualTo(money("5.50"));
        }
    }
}
