package echanges.forum.rules;

import org.junit.jupiter.api.Test;

import echanges.testing.PlainJava;

/** The rules of this package stay plain Java: no framework, driver or GraphQL type may enter them. */
class RulesStructureTests {

    @Test
    void shouldKeepTheForumRulesFreeOfFrameworks() {
        PlainJava.check("echanges.forum.rules");
    }
}
