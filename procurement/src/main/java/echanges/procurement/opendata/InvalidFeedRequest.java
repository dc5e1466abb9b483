package echanges.procurement.opendata;

import echanges.platform.EchangesException;
import echanges.platform.ErrorCode;

/** A page of the release feed asked with a limit out of range, a date that is not one, or a cursor this feed did not give. */
public final class InvalidFeedRequest extends EchangesException {

    public InvalidFeedRequest(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.BAD_USER_INPUT;
    }
}
