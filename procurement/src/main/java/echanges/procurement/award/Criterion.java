package echanges.procurement.award;

import org.jspecify.annotations.Nullable;

import echanges.procurement.award.AwardRuleBroken.InvalidInput;

/**
 * A quality evaluation criterion of the notice (s. 19: "the evaluation criteria selected and, for
 * the purposes of Schedule 2, their respective weighting").
 *
 * @param weight its weight under Schedule 2 (Sch. 2 (3)); ignored by Schedule 1, which has none
 * @param acceptableLevel under Schedule 1, the "acceptable level of performance" a proposal must
 *        reach on this criterion (Sch. 1 (2), (3)); under Schedule 2, when present, the per-criterion
 *        minimum of Sch. 2 (5), which must be 70 points; absent: no per-criterion minimum
 */
public record Criterion(String id, String name, Percent weight, @Nullable Score acceptableLevel) {

    public Criterion {
        if (id.isBlank())
            throw new InvalidInput("s. 19", "a criterion needs an id");
        if (name.isBlank())
            throw new InvalidInput("s. 19", "criterion " + id + " needs a name");
    }

    /** A Schedule 2 criterion, without a per-criterion minimum. */
    public static Criterion weighted(String id, String name, Percent weight) {
        return new Criterion(id, name, weight, null);
    }

    /** A Schedule 1 criterion: an acceptable level, no weight. */
    public static Criterion minimum(String id, String name, Score acceptableLevel) {
        return new Criterion(id, name, Percent.ZERO, acceptableLevel);
    }

    public Criterion withAcceptableLevel(@Nullable Score level) {
        return new Criterion(id, name, weight, level);
    }
}
