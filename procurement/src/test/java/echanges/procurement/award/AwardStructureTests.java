package echanges.procurement.award;

import org.junit.jupiter.api.Test;

import echanges.testing.PlainJava;

/** The rules of this package stay plain Java: no framework, driver or GraphQL type may enter them. */
class AwardStructureTests {

    @Test
    void shouldKeepTheAwardRulesFreeOfFrameworks() {
        PlainJava.check("echanges.procurement.award");
    }
}
