package echanges.procurement.contract;

import echanges.platform.EchangesException;
import echanges.platform.ErrorCode;

/** Why a contract rule refused; the message names the section and the value that broke it. */
public sealed abstract class ContractRuleBroken extends EchangesException {

    ContractRuleBroken(String message) {
        super(message);
    }

    public static final class InvalidInput extends ContractRuleBroken {
        public InvalidInput(String message) { super(message); }
        @Override public ErrorCode code() { return ErrorCode.BAD_USER_INPUT; }
    }

    /** Right in itself, wrong at this date or in this state: a window closed, a step already taken. */
    public static final class OutOfTime extends ContractRuleBroken {
        public OutOfTime(String message) { super(message); }
        @Override public ErrorCode code() { return ErrorCode.CONFLICT; }
    }
}
