package echanges.procurement.calendar;

import java.time.LocalDate;

import echanges.procurement.calendar.CalendarRuleBroken.InvalidValue;

/** A named day on which a public body is closed, so that it is no business day. */
public record Holiday(LocalDate date, String name) {

    public Holiday {
        if (name.isBlank()) throw new InvalidValue("a holiday has a name, the one on " + date + " has none");
    }
}
