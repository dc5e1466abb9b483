package echanges.procurement.calendar;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import echanges.procurement.calendar.CalendarRuleBroken.CertificateExpired;
import echanges.procurement.calendar.CalendarRuleBroken.CertificateIssuedAfterClosing;
import echanges.procurement.calendar.CalendarRuleBroken.InvalidValue;

/**
 * A supplier's certificate from Revenu Québec, needed for contracts of 25,000 or more (s. 37.1)
 * and an eligibility requirement (s. 37.3 ¶3). The certificate bears a date, not a time: one
 * issued on the closing date is accepted, as nothing shows it came after the closing time.
 *
 * @param number the certificate's number, as printed on it
 * @param issuedOn the date of issue
 */
public record TaxCertificate(String number, LocalDate issuedOn) {

    /** s. 37.1: "an expenditure equal to or greater than $25,000". */
    public static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("25000");

    /** s. 37.3 ¶1: valid "until the end of the three-month period following the month in which it was issued". */
    static final int MONTHS_OF_VALIDITY = 3;

    public TaxCertificate {
        if (number.isBlank()) throw new InvalidValue("a tax certificate has a number");
    }

    /**
     * Whether a contract of that amount needs a certificate (s. 37.1). A supplier without an
     * establishment in Québec is exempt (s. 37.6); the caller knows that, not this rule.
     */
    public static boolean required(BigDecimal amount, BigDecimal threshold) {
        return amount.compareTo(threshold) >= 0;
    }

    public static boolean required(BigDecimal amount) {
        return required(amount, DEFAULT_THRESHOLD);
    }

    /** The last day of validity: the end of the third month after the month of issue. */
    public LocalDate validUntil() {
        return YearMonth.from(issuedOn).plusMonths(MONTHS_OF_VALIDITY).atEndOfMonth();
    }

    public boolean isValidAt(LocalDate closingDate) {
        return !issuedOn.isAfter(closingDate) && !validUntil().isBefore(closingDate);
    }

    /**
     * s. 37.3: checks the certificate against the closing date or, for a contract by mutual
     * agreement, against the award date.
     *
     * @throws CertificateIssuedAfterClosing when it was issued after that date (¶2)
     * @throws CertificateExpired when its validity ended before that date (¶1)
     */
    public void checkAt(LocalDate closingDate) {
        if (issuedOn.isAfter(closingDate)) throw new CertificateIssuedAfterClosing(number, issuedOn, closingDate);
        if (validUntil().isBefore(closingDate)) throw new CertificateExpired(number, validUntil(), closingDate);
    }

    /** {@link #checkAt(LocalDate)} on the date on which the closing falls in that zone. */
    public void checkAt(Instant closesAt, ZoneId zone) {
        checkAt(LocalDate.ofInstant(closesAt, zone));
    }
}
