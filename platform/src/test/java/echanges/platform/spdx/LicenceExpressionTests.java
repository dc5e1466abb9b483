package echanges.platform.spdx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import echanges.platform.SpdxExpression;

class LicenceExpressionTests {

    @Nested
    class Valid {

        @ParameterizedTest
        @ValueSource(strings = {"MIT", "Apache-2.0", "GPL-3.0-or-later", "AGPL-3.0-only", "EUPL-1.2", "BSD-3-Clause", "MPL-2.0",
                "LGPL-2.1-or-later", "CC0-1.0", "CC-BY-4.0", "0BSD", "LicenseRef-ville-montreal-1", "DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2"})
        void shouldAcceptListedIdentifiersAndReferences(String expression) {
            assertThat(LicenceExpression.parse(expression).toString()).isEqualTo(expression);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                # written                                              | canonical
                EUPL-1.2 OR AGPL-3.0-or-later                          | EUPL-1.2 OR AGPL-3.0-or-later
                mit and apache-2.0                                     | MIT AND Apache-2.0
                GPL-2.0-or-later WITH Classpath-exception-2.0          | GPL-2.0-or-later WITH Classpath-exception-2.0
                Apache-2.0 WITH LLVM-exception OR MIT                  | Apache-2.0 WITH LLVM-exception OR MIT
                (MIT OR Apache-2.0) AND BSD-3-Clause                   | (MIT OR Apache-2.0) AND BSD-3-Clause
                MIT OR (Apache-2.0 AND BSD-3-Clause)                   | MIT OR Apache-2.0 AND BSD-3-Clause
                ((EUPL-1.2))                                           | EUPL-1.2
                LGPL-2.1+                                              | LGPL-2.1+
                """)
        void shouldParseCompoundExpressions(String written, String canonical) {
            assertThat(LicenceExpression.parse(written).toString()).isEqualTo(canonical);
        }

        @Test
        void shouldBindWithTighterThanAndTighterThanOr() {
            LicenceExpression e = LicenceExpression.parse("MIT OR GPL-2.0-only WITH Classpath-exception-2.0 AND Apache-2.0");

            assertThat(e).isEqualTo(new LicenceExpression.Or(new LicenceExpression.Licence("MIT", false),
                    new LicenceExpression.And(new LicenceExpression.With(new LicenceExpression.Licence("GPL-2.0-only", false), "Classpath-exception-2.0"),
                            new LicenceExpression.Licence("Apache-2.0", false))));
        }
    }

    @Nested
    class Invalid {

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                # expression                          | the message says
                Ville-de-Montreal-1.0                 | 'Ville-de-Montreal-1.0' is not on the SPDX licence list
                MIT AND                               | expected a licence identifier or '(' at the end
                (MIT OR Apache-2.0                    | expected ')' at the end
                MIT OR Apache-2.0)                    | unexpected ')'
                MIT Apache-2.0                        | unexpected 'Apache-2.0'
                AND MIT                               | expected a licence identifier, found 'AND'
                GPL-2.0-only WITH Not-an-exception    | 'Not-an-exception' is not on the SPDX licence exception list
                Classpath-exception-2.0               | is a licence exception: it follows WITH
                (MIT OR ISC) WITH LLVM-exception      | WITH applies to one licence
                MIT/Apache                            | unexpected character '/'
                """)
        void shouldRefuseWithAReason(String expression, String reason) {
            assertThatThrownBy(() -> LicenceExpression.parse(expression))
                    .isInstanceOf(InvalidLicenceExpression.class).hasMessageContaining(reason);
        }

        @Test
        void shouldRefuseAnEmptyExpression() {
            assertThatThrownBy(() -> LicenceExpression.parse("  ")).isInstanceOf(InvalidLicenceExpression.class);
        }
    }

    @Nested
    class Shape {

        @Test
        void shouldAcceptUnknownIdentifiersWhenOnlyTheShapeIsChecked() {
            assertThat(SpdxExpression.hasValidShape("Custom-1.0 OR MIT")).isTrue();
            assertThat(SpdxExpression.isValid("Custom-1.0 OR MIT")).isFalse();
        }

        @Test
        void shouldStillRefuseABrokenShape() {
            assertThat(SpdxExpression.hasValidShape("MIT OR")).isFalse();
            assertThat(SpdxExpression.hasValidShape("(MIT")).isFalse();
        }
    }
}
