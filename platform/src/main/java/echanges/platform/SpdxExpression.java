package echanges.platform;

import java.util.regex.Pattern;

/**
 * The shape of an SPDX licence expression: identifiers joined by AND, OR or WITH, with
 * parentheses. Only the shape: the identifiers are not yet checked against the SPDX licence list
 * (the catalogue's publiccode.yml support will bring that).
 */
public final class SpdxExpression {

    private static final Pattern SHAPE = Pattern.compile("\\(*[A-Za-z0-9.+-]+\\)*(\\s+(AND|OR|WITH)\\s+\\(*[A-Za-z0-9.+-]+\\)*)*");

    private SpdxExpression() {
    }

    public static boolean hasValidShape(String expression) {
        return SHAPE.matcher(expression.strip()).matches();
    }
}
