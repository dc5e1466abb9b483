package echanges.procurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import echanges.platform.Language;

/** What an officer writes to create a challenge. */
public record ChallengeDraft(String bodyId, String title, String description, Language language,
                             BigDecimal budgetCeiling, Instant closesAt, List<String> tags, ChallengeTerms terms) {

    /** A draft whose terms come later. */
    public ChallengeDraft(String bodyId, String title, String description, Language language, BigDecimal budgetCeiling,
                          Instant closesAt, List<String> tags) {
        this(bodyId, title, description, language, budgetCeiling, closesAt, tags, ChallengeTerms.NONE);
    }
}
