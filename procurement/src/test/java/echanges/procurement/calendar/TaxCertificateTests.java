package echanges.procurement.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import echanges.procurement.calendar.CalendarRuleBroken.CertificateExpired;
import echanges.procurement.calendar.CalendarRuleBroken.CertificateIssuedAfterClosing;
import echanges.procurement.calendar.CalendarRuleBroken.InvalidValue;

class TaxCertificateTests {

    private static TaxCertificate issuedOn(String date) {
        return new TaxCertificate("AR-2026-0042", LocalDate.parse(date));
    }

    @Nested
    class Validity {

        @ParameterizedTest
        @CsvSource(textBlock = """
                # issued on, valid until (end of the third month after the month of issue)
                2026-01-01,  2026-04-30
                2026-01-15,  2026-04-30
                2026-01-31,  2026-04-30
                2026-03-01,  2026-06-30
                2026-10-31,  2027-01-31
                2026-11-30,  2027-02-28
                2026-12-31,  2027-03-31
                2027-11-01,  2028-02-29
                2027-11-30,  2028-02-29
                2028-02-29,  2028-05-31
                """)
        void shouldStayValidUntilTheEndOfTheThirdFollowingMonth(LocalDate issued, LocalDate validUntil) {
            assertThat(new TaxCertificate("AR-1", issued).validUntil()).isEqualTo(validUntil);
        }

        @Test
        void shouldHaveANumber() {
            assertThatThrownBy(() -> new TaxCertificate(" ", LocalDate.parse("2026-01-15"))).isInstanceOf(InvalidValue.class);
        }
    }

    @Nested
    class AtClosing {

        @ParameterizedTest
        @CsvSource(textBlock = """
                # issued on, closing date, outcome
                2026-01-15,  2026-01-15,   valid
                2026-01-15,  2026-03-02,   valid
                2026-01-15,  2026-04-30,   valid
                2026-01-15,  2026-05-01,   expired
                2027-11-30,  2028-02-29,   valid
                2027-11-30,  2028-03-01,   expired
                2026-01-15,  2026-01-14,   issued after closing
                2026-03-02,  2026-02-27,   issued after closing
                """)
        void shouldAcceptOnlyACertificateValidAtTheClosingDate(LocalDate issued, LocalDate closing, String outcome) {
            TaxCertificate certificate = new TaxCertificate("AR-1", issued);

            switch (outcome) {
                case "valid" -> assertThatCode(() -> certificate.checkAt(closing)).doesNotThrowAnyException();
                case "expired" -> assertThatThrownBy(() -> certificate.checkAt(closing))
                        .isInstanceOf(CertificateExpired.class).hasMessageContaining("s. 37.3");
                default -> assertThatThrownBy(() -> certificate.checkAt(closing))
                        .isInstanceOf(CertificateIssuedAfterClosing.class).hasMessageContaining("s. 37.3");
            }
            assertThat(certificate.isValidAt(closing)).isEqualTo(outcome.equals("valid"));
        }

        @Test
        void shouldNameTheCertificateAndTheDatesWhenRefusing() {
            assertThatThrownBy(() -> issuedOn("2026-01-15").checkAt(LocalDate.parse("2026-05-01")))
                    .hasMessageContaining("AR-2026-0042").hasMessageContaining("2026-04-30").hasMessageContaining("2026-05-01");
        }

        @Test
        void shouldReadTheClosingDateInTheJurisdictionsZone() {
            // 1 May 2026, 01:00 UTC is still 30 April in Québec.
            Instant closesAt = Instant.parse("2026-05-01T01:00:00Z");

            assertThatCode(() -> issuedOn("2026-01-15").checkAt(closesAt, HolidayCalendar.QUEBEC_TIME)).doesNotThrowAnyException();
            assertThatThrownBy(() -> issuedOn("2026-01-15").checkAt(closesAt.plusSeconds(4 * 3600), HolidayCalendar.QUEBEC_TIME))
                    .isInstanceOf(CertificateExpired.class);
        }
    }

    @Nested
    class Requirement {

        @ParameterizedTest
        @CsvSource(textBlock = """
                # contract amount, certificate required (s. 37.1: 25,000 or more)
                1000,              false
                24999.99,          false
                25000,             true
                25000.00,          true
                89999.99,          true
                """)
        void shouldRequireACertificateFromTheThreshold(BigDecimal amount, boolean required) {
            assertThat(TaxCertificate.required(amount)).isEqualTo(required);
            assertThat(TaxCertificate.required(amount, TaxCertificate.DEFAULT_THRESHOLD)).isEqualTo(required);
        }

        @Test
        void shouldApplyTheJurisdictionsOwnThreshold() {
            assertThat(TaxCertificate.required(new BigDecimal("15000"), new BigDecimal("10000"))).isTrue();
            assertThat(TaxCertificate.required(new BigDecimal("15000"), new BigDecimal("50000"))).isFalse();
        }
    }
}
