package echanges.procurement.calendar;

import java.time.Instant;

import echanges.procurement.calendar.CalendarRuleBroken.InvalidValue;

/**
 * The closing time after an addendum, and why it moved or stayed.
 *
 * @param closesAt the closing time to publish, the original one when nothing moved it
 * @param shifted whether the addendum deferred the closing
 * @param reason the rules that applied, citing their sections
 */
public record ClosingShift(Instant closesAt, boolean shifted, String reason) {

    public ClosingShift {
        if (reason.isBlank()) throw new InvalidValue("a closing shift states its reason");
    }
}
