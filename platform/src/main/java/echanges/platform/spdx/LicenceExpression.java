package echanges.platform.spdx;

/**
 * A parsed SPDX licence expression. {@code WITH} binds tighter than {@code AND}, which binds
 * tighter than {@code OR} (SPDX specification, annex D.4); {@link #toString()} gives the
 * canonical text, with parentheses only where precedence needs them.
 */
public sealed interface LicenceExpression {

    /**
     * Parses an expression and checks every identifier against the SPDX lists.
     *
     * @throws InvalidLicenceExpression saying where and why the text is not a valid expression
     */
    static LicenceExpression parse(String text) {
        return new LicenceParser(text, true).parse();
    }

    /** Parses the syntax only, accepting any well-formed identifier (for a first, lenient check). */
    static LicenceExpression parseShape(String text) {
        return new LicenceParser(text, false).parse();
    }

    /** A listed licence, {@code orLater} for the {@code +} suffix. */
    record Licence(String id, boolean orLater) implements LicenceExpression {
        @Override
        public String toString() {
            return orLater ? id + "+" : id;
        }
    }

    /** A licence not on the SPDX list, named by the document: {@code [DocumentRef-x:]LicenseRef-y}. */
    record LicenceRef(String ref) implements LicenceExpression {
        @Override
        public String toString() {
            return ref;
        }
    }

    /** A licence with an exception: {@code GPL-2.0-or-later WITH Classpath-exception-2.0}. */
    record With(LicenceExpression licence, String exception) implements LicenceExpression {
        @Override
        public String toString() {
            return licence + " WITH " + exception;
        }
    }

    /** Both apply. */
    record And(LicenceExpression left, LicenceExpression right) implements LicenceExpression {
        @Override
        public String toString() {
            return operand(left) + " AND " + operand(right);
        }

        private static String operand(LicenceExpression e) {
            return e instanceof Or ? "(" + e + ")" : e.toString();
        }
    }

    /** A choice between the two. */
    record Or(LicenceExpression left, LicenceExpression right) implements LicenceExpression {
        @Override
        public String toString() {
            return left + " OR " + right;
        }
    }
}
