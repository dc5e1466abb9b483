package echanges.procurement.evaluation;

import echanges.platform.EchangesException;
import echanges.platform.ErrorCode;

/** Why a committee rule refused; the message names the section and the value that broke it. */
public sealed abstract class EvaluationRuleBroken extends EchangesException {

    EvaluationRuleBroken(String message) {
        super(message);
    }

    /** A committee, a scoresheet or a shortlist that breaks the rules as given. */
    public static final class InvalidInput extends EvaluationRuleBroken {
        public InvalidInput(String message) { super(message); }
        @Override public ErrorCode code() { return ErrorCode.BAD_USER_INPUT; }
    }

    /** Valid on its own, but not at this point of the evaluation (scores missing, a member recused). */
    public static final class NotYet extends EvaluationRuleBroken {
        public NotYet(String message) { super(message); }
        @Override public ErrorCode code() { return ErrorCode.CONFLICT; }
    }
}
