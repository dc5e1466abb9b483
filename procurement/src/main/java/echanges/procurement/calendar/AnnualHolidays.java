package echanges.procurement.calendar;

import java.util.List;

/** A jurisdiction's holidays other than weekends, computed for any year. */
@FunctionalInterface
public interface AnnualHolidays {

    /** The holidays of the year, in date order. */
    List<Holiday> in(int year);
}
