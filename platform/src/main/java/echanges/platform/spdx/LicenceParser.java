package echanges.platform.spdx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recursive descent over the SPDX grammar (annex D):
 * <pre>
 * or-expr   = and-expr *("OR" and-expr)
 * and-expr  = with-expr *("AND" with-expr)
 * with-expr = primary ["WITH" exception-id]
 * primary   = "(" or-expr ")" / license-id ["+"] / license-ref
 * </pre>
 * Operators are all upper or all lower case, as the specification allows.
 */
final class LicenceParser {

    private static final Pattern TOKEN = Pattern.compile("\\s*(\\(|\\)|[A-Za-z0-9.:+-]+)");
    private static final Pattern IDSTRING = Pattern.compile("[A-Za-z0-9.-]+");
    private static final Pattern REF = Pattern.compile("(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+");

    private final String text;
    private final boolean checkLists;
    private final List<String> tokens = new ArrayList<>();
    private int next;

    LicenceParser(String text, boolean checkLists) {
        this.text = text.strip();
        this.checkLists = checkLists;
    }

    LicenceExpression parse() {
        if (text.isEmpty()) throw new InvalidLicenceExpression("a licence expression cannot be empty");
        tokenise();
        LicenceExpression expression = or();
        if (next < tokens.size()) throw invalid("unexpected '" + tokens.get(next) + "'");
        return expression;
    }

    private void tokenise() {
        Matcher m = TOKEN.matcher(text);
        int at = 0;
        while (at < text.length()) {
            if (!m.find(at) || m.start() != at)
                throw new InvalidLicenceExpression("'" + text + "': unexpected character '" + text.substring(at).strip().charAt(0) + "'");
            tokens.add(m.group(1));
            at = m.end();
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
        }
    }

    private LicenceExpression or() {
        LicenceExpression left = and();
        while (operator("OR")) left = new LicenceExpression.Or(left, and());
        return left;
    }

    private LicenceExpression and() {
        LicenceExpression left = with();
        while (operator("AND")) left = new LicenceExpression.And(left, with());
        return left;
    }

    private LicenceExpression with() {
        LicenceExpression licence = primary();
        if (!operator("WITH")) return licence;
        if (licence instanceof LicenceExpression.And || licence instanceof LicenceExpression.Or)
            throw invalid("WITH applies to one licence, not to a parenthesised expression");
        String id = take("an exception identifier after WITH");
        if (!IDSTRING.matcher(id).matches()) throw invalid("'" + id + "' is not an exception identifier");
        String exception = checkLists
                ? SpdxLists.exception(id).orElseThrow(() -> invalid("'" + id + "' is not on the SPDX licence exception list"))
                : id;
        return new LicenceExpression.With(licence, exception);
    }

    private LicenceExpression primary() {
        String token = take("a licence identifier or '('");
        if (token.equals("(")) {
            LicenceExpression inner = or();
            if (!take("')'").equals(")")) throw invalid("expected ')'");
            return inner;
        }
        if (isOperator(token) || token.equals(")")) throw invalid("expected a licence identifier, found '" + token + "'");
        if (REF.matcher(token).matches()) return new LicenceExpression.LicenceRef(token);
        boolean orLater = token.endsWith("+");
        String id = orLater ? token.substring(0, token.length() - 1) : token;
        if (!IDSTRING.matcher(id).matches()) throw invalid("'" + token + "' is not a licence identifier");
        if (!checkLists) return new LicenceExpression.Licence(id, orLater);
        String canonical = SpdxLists.licence(id).orElseThrow(() -> SpdxLists.exception(id).isPresent()
                ? invalid("'" + id + "' is a licence exception: it follows WITH")
                : invalid("'" + id + "' is not on the SPDX licence list (use LicenseRef-… for another licence)"));
        return new LicenceExpression.Licence(canonical, orLater);
    }

    private boolean operator(String name) {
        if (next < tokens.size() && isOperator(tokens.get(next)) && tokens.get(next).toUpperCase(Locale.ROOT).equals(name)) {
            next++;
            return true;
        }
        return false;
    }

    private static boolean isOperator(String token) {
        return switch (token) {
            case "AND", "OR", "WITH", "and", "or", "with" -> true;
            default -> false;
        };
    }

    private String take(String expected) {
        if (next >= tokens.size()) throw invalid("expected " + expected + " at the end");
        return tokens.get(next++);
    }

    private InvalidLicenceExpression invalid(String why) {
        return new InvalidLicenceExpression("'" + text + "': " + why);
    }
}
