package echanges.platform.spdx;

/** Why a text is not a valid SPDX licence expression; the message names the place and the token. */
public final class InvalidLicenceExpression extends RuntimeException {

    InvalidLicenceExpression(String message) {
        super(message);
    }
}
