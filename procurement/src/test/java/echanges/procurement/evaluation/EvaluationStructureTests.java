package echanges.procurement.evaluation;

import org.junit.jupiter.api.Test;

import echanges.testing.PlainJava;

/** The committee rules stay plain Java. */
class EvaluationStructureTests {

    @Test
    void shouldKeepTheRulesFreeOfFrameworks() {
        PlainJava.check("echanges.procurement.evaluation");
    }
}
