package echanges.procurement.calendar;

import java.time.Instant;
import java.time.LocalDate;

import echanges.platform.EchangesException;
import echanges.platform.ErrorCode;

/** Why a date rule refused a value; the message names the rule and the value that broke it. */
public sealed abstract class CalendarRuleBroken extends EchangesException {

    CalendarRuleBroken(String message) {
        super(message);
    }

    /** An addendum amends the tender documents (s. 9); once the challenge has closed there is nothing left to amend. */
    public static final class AddendumAfterClosing extends CalendarRuleBroken {
        public AddendumAfterClosing(Instant publishedAt, Instant closesAt) {
            super("an addendum must be published before the closing time (s. 9): published at " + publishedAt
                    + ", closing at " + closesAt);
        }
        @Override public ErrorCode code() { return ErrorCode.CONFLICT; }
    }

    /** s. 37.3 ¶2: the certificate must not have been issued after the closing date and time. */
    public static final class CertificateIssuedAfterClosing extends CalendarRuleBroken {
        public CertificateIssuedAfterClosing(String number, LocalDate issuedOn, LocalDate closingDate) {
            super("the tax certificate " + number + " was issued on " + issuedOn
                    + ", after the closing date " + closingDate + " (s. 37.3)");
        }
        @Override public ErrorCode code() { return ErrorCode.BAD_USER_INPUT; }
    }

    /** s. 37.3 ¶1: the certificate is valid until the end of the third month after the month of issue. */
    public static final class CertificateExpired extends CalendarRuleBroken {
        public CertificateExpired(String number, LocalDate validUntil, LocalDate closingDate) {
            super("the tax certificate " + number + " was valid until " + validUntil
                    + ", before the closing date " + closingDate + " (s. 37.3)");
        }
        @Override public ErrorCode code() { return ErrorCode.BAD_USER_INPUT; }
    }

    /** A setting or an argument outside what the rules can use, such as a negative period. */
    public static final class InvalidValue extends CalendarRuleBroken {
        public InvalidValue(String message) { super(message); }
        @Override public ErrorCode code() { return ErrorCode.BAD_USER_INPUT; }
    }
}
