package echanges.procurement;

import org.jspecify.annotations.Nullable;

import echanges.procurement.award.AwardRule;

/**
 * The notice's terms beside title, need, budget and closing (s. 4): the award rule with its
 * criteria, the expected duration or delivery calendar, and where to get information. A draft may
 * leave them out; publication requires them. That the body is not bound to accept any proposal is
 * stated by the platform on every notice.
 */
public record ChallengeTerms(@Nullable AwardRule awardRule, @Nullable String deliveryCalendar, @Nullable String informationContact) {

    public static final ChallengeTerms NONE = new ChallengeTerms(null, null, null);

    static final int MAX_TEXT = 2_000;

    public ChallengeTerms {
        deliveryCalendar = blankToNull(deliveryCalendar);
        informationContact = blankToNull(informationContact);
        if (deliveryCalendar != null && deliveryCalendar.length() > MAX_TEXT || informationContact != null && informationContact.length() > MAX_TEXT)
            throw new ProcurementException.InvalidNotice("the delivery calendar and the contact have at most " + MAX_TEXT + " characters");
    }

    /** These terms, changed where {@code changes} says something. */
    ChallengeTerms with(ChallengeTerms changes) {
        return new ChallengeTerms(changes.awardRule() != null ? changes.awardRule() : awardRule,
                changes.deliveryCalendar() != null ? changes.deliveryCalendar() : deliveryCalendar,
                changes.informationContact() != null ? changes.informationContact() : informationContact);
    }

    /** s. 4: what a published notice must state beyond the draft's own checks. */
    void checkPublication() {
        if (awardRule == null) throw new ProcurementException.InvalidNotice("the notice states its award rule (s. 4 (5))");
        if (deliveryCalendar == null)
            throw new ProcurementException.InvalidNotice("the notice states the expected duration or delivery calendar (s. 4)");
        if (informationContact == null)
            throw new ProcurementException.InvalidNotice("the notice states where to get information about the call (s. 4)");
        awardRule.validate();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
