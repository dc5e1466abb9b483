package echanges.procurement.rules;

import org.junit.jupiter.api.Test;

import echanges.testing.PlainJava;

/** The rules of this package stay plain Java: no framework, driver or GraphQL type may enter them. */
class RulesStructureTests {

    @Test
    void shouldKeepTheRulesFreeOfFrameworks() {
        PlainJava.check("echanges.procurement.rules");
    }
}
