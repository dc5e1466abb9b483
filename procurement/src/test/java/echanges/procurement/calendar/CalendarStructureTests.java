package echanges.procurement.calendar;

import org.junit.jupiter.api.Test;

import echanges.testing.PlainJava;

/** The rules of this package stay plain Java: no framework, driver or GraphQL type may enter them. */
class CalendarStructureTests {

    @Test
    void shouldKeepTheCalendarRulesFreeOfFrameworks() {
        PlainJava.check("echanges.procurement.calendar");
    }
}
