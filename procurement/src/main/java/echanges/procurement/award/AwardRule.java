package echanges.procurement.award;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import echanges.procurement.award.AwardRuleBroken.InvalidConfiguration;
import echanges.procurement.award.AwardRuleBroken.InvalidInput;

/**
 * The award rule a notice states (s. 4) and the body then applies. A draft may hold a rule that
 * is not yet valid; {@link #validate()} is the check that publication, and every award, requires.
 */
public sealed interface AwardRule {

    /** s. 37: "a preferential margin not exceeding 10%". */
    Percent MAX_PREFERENTIAL_MARGIN = Percent.of(10);
    /** Sch. 1 (1) and Sch. 2 (1): "at least 3 criteria". */
    int MIN_CRITERIA = 3;

    /** s. 37: the margin the notice grants to a proposal meeting its sustainability requirement. */
    Percent preferentialMargin();

    /** The quality criteria, in the notice's order; none for a price-only award. */
    List<Criterion> criteria();

    /** The section that states the rule, for messages and the notice. */
    String section();

    /**
     * Checks the rule against the regulation.
     *
     * @throws InvalidConfiguration naming the first section broken and the value that broke it
     */
    void validate();

    /** s. 13: "the contract [is awarded] to the supplier who submits the lowest price". */
    record PriceOnly(Percent preferentialMargin) implements AwardRule {

        public PriceOnly() {
            this(Percent.ZERO);
        }

        @Override
        public List<Criterion> criteria() {
            return List.of();
        }

        @Override
        public String section() {
            return "s. 13";
        }

        @Override
        public void validate() {
            checkMargin(preferentialMargin);
        }
    }

    /**
     * Schedule 1 and s. 22: every criterion must reach its acceptable level, and the lowest price
     * among the acceptable proposals wins.
     */
    record MinimumQuality(List<Criterion> criteria, Percent preferentialMargin) implements AwardRule {

        public MinimumQuality {
            criteria = List.copyOf(criteria);
        }

        public MinimumQuality(List<Criterion> criteria) {
            this(criteria, Percent.ZERO);
        }

        @Override
        public String section() {
            return "Sch. 1";
        }

        @Override
        public void validate() {
            checkMargin(preferentialMargin);
            checkCriteria(criteria, "Sch. 1 (1)");
            for (Criterion criterion : criteria)
                if (criterion.acceptableLevel() == null)
                    throw new InvalidConfiguration("Sch. 1 (2)",
                            "criterion " + criterion.id() + " needs an acceptable level of performance");
        }
    }

    /**
     * Schedule 2 and s. 23: a weighted final score of at least 70 points, then the lowest adjusted
     * price wins.
     *
     * @param k "the additional percentage that the public body is willing to pay to move from a
     *        70-point tender to a 100-point tender" (Sch. 2 (8)), from 15% to 30% (Sch. 2 (9))
     */
    record QualityPrice(List<Criterion> criteria, Percent k, Percent preferentialMargin) implements AwardRule {

        public static final Percent MIN_K = Percent.of(15);
        public static final Percent MAX_K = Percent.of(30);

        public QualityPrice {
            criteria = List.copyOf(criteria);
        }

        public QualityPrice(List<Criterion> criteria, Percent k) {
            this(criteria, k, Percent.ZERO);
        }

        @Override
        public String section() {
            return "Sch. 2";
        }

        /** Sch. 2 (5): requires at least 70 points on every criterion, not only on the final score. */
        public QualityPrice withMinimumOnEveryCriterion() {
            return new QualityPrice(criteria.stream().map(c -> c.withAcceptableLevel(Score.ACCEPTABLE)).toList(), k,
                    preferentialMargin);
        }

        @Override
        public void validate() {
            checkMargin(preferentialMargin);
            checkCriteria(criteria, "Sch. 2 (1)");
            BigDecimal total = BigDecimal.ZERO;
            for (Criterion criterion : criteria) {
                // A criterion weighing nothing is not "weighted on the basis of its importance".
                if (criterion.weight().value().signum() == 0)
                    throw new InvalidConfiguration("Sch. 2 (3)", "criterion " + criterion.id() + " needs a weight above 0%");
                Score level = criterion.acceptableLevel();
                if (level != null && level.compareTo(Score.ACCEPTABLE) != 0)
                    throw new InvalidConfiguration("Sch. 2 (5)", "the minimum on criterion " + criterion.id()
                            + " is 70 points, the acceptable level of Sch. 2 (4), was " + level);
                total = total.add(criterion.weight().value());
            }
            if (total.compareTo(Percent.HUNDRED.value()) != 0)
                throw new InvalidConfiguration("Sch. 2 (3)",
                        "the total weight of the criteria is 100%, was " + total.stripTrailingZeros().toPlainString() + "%");
            if (k.compareTo(MIN_K) < 0 || k.compareTo(MAX_K) > 0)
                throw new InvalidConfiguration("Sch. 2 (9)", "K must range from 15% to 30%, was " + k);
        }

        /**
         * Sch. 2 (6): "the total of the weighted scores", each "the score obtained for a
         * criterion [multiplied] by the weight of that criterion"; rounded to 2 decimals, HALF_UP,
         * and that rounded score is the one judged against 70 and used in the adjusted price, so
         * that what the supplier is told (s. 26) is what decided.
         */
        public Score finalScore(Map<String, Score> scores) {
            BigDecimal total = BigDecimal.ZERO;
            for (Criterion criterion : criteria) {
                Score score = scores.get(criterion.id());
                if (score == null)
                    throw new InvalidInput("Sch. 2 (6)", "no score for criterion " + criterion.id());
                total = total.add(score.value().multiply(criterion.weight().fraction()));
            }
            return Score.rounded(total);
        }

        /** Sch. 2 (8) with this notice's K. */
        public BigDecimal adjustedPrice(BigDecimal price, Score finalScore) {
            return new AdjustedPrice(price, finalScore, k).value();
        }
    }

    private static void checkMargin(Percent margin) {
        if (margin.compareTo(MAX_PREFERENTIAL_MARGIN) > 0)
            throw new InvalidConfiguration("s. 37", "a preferential margin may not exceed 10%, was " + margin);
    }

    private static void checkCriteria(List<Criterion> criteria, String section) {
        if (criteria.size() < MIN_CRITERIA)
            throw new InvalidConfiguration(section, "at least 3 criteria are required, was " + criteria.size());
        Set<String> ids = new HashSet<>();
        for (Criterion criterion : criteria)
            if (!ids.add(criterion.id()))
                throw new InvalidConfiguration(section, "criterion " + criterion.id() + " appears twice");
    }
}
