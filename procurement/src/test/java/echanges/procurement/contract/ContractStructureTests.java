package echanges.procurement.contract;

import org.junit.jupiter.api.Test;

import echanges.testing.PlainJava;

/** The contract rules stay plain Java. */
class ContractStructureTests {

    @Test
    void shouldKeepTheRulesFreeOfFrameworks() {
        PlainJava.check("echanges.procurement.contract");
    }
}
