package echanges.platform;

import echanges.platform.spdx.InvalidLicenceExpression;
import echanges.platform.spdx.LicenceExpression;

/**
 * Checks of SPDX licence expressions, through the full parser of {@link echanges.platform.spdx}.
 */
public final class SpdxExpression {

    private SpdxExpression() {
    }

    /** Whether the text follows the expression grammar (balanced parentheses, operators between identifiers); identifiers are not looked up. */
    public static boolean hasValidShape(String expression) {
        try {
            LicenceExpression.parseShape(expression);
            return true;
        } catch (InvalidLicenceExpression e) {
            return false;
        }
    }

    /** Whether the text is an expression whose every identifier is on the SPDX licence or exception list. */
    public static boolean isValid(String expression) {
        try {
            LicenceExpression.parse(expression);
            return true;
        } catch (InvalidLicenceExpression e) {
            return false;
        }
    }
}
