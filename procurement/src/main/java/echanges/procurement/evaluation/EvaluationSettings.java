package echanges.procurement.evaluation;

/**
 * A jurisdiction's committee and demo-stage settings.
 *
 * @param minimumEvaluators s. 24 ¶2: "a secretary ... and at least 3 members"
 * @param maximumFinalists seed 002: the body shortlists up to five proposals for a demo
 */
public record EvaluationSettings(int minimumEvaluators, int maximumFinalists) {

    public static final EvaluationSettings DEFAULTS = new EvaluationSettings(3, 5);

    public EvaluationSettings {
        if (minimumEvaluators < 1) throw new IllegalArgumentException("a committee needs at least one evaluator");
        if (maximumFinalists < 1) throw new IllegalArgumentException("a demo stage needs room for at least one finalist");
    }
}
