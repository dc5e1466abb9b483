package echanges.procurement.lifecycle;

import org.junit.jupiter.api.Test;

import echanges.testing.PlainJava;

/** The lifecycle stays plain Java: no framework, driver or GraphQL type may enter it. */
class LifecycleStructureTests {

    @Test
    void shouldKeepTheLifecycleFreeOfFrameworks() {
        PlainJava.check("echanges.procurement.lifecycle");
    }
}
