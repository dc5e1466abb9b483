package echanges.procurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import echanges.platform.Language;

/** Changes to a draft: only the non-null fields change. */
public record ChallengeChanges(String challengeId, @Nullable String title, @Nullable String description,
                               @Nullable Language language, @Nullable BigDecimal budgetCeiling,
                               @Nullable Instant closesAt, @Nullable List<String> tags, ChallengeTerms terms) {

    public ChallengeChanges(String challengeId, @Nullable String title, @Nullable String description, @Nullable Language language,
                            @Nullable BigDecimal budgetCeiling, @Nullable Instant closesAt, @Nullable List<String> tags) {
        this(challengeId, title, description, language, budgetCeiling, closesAt, tags, ChallengeTerms.NONE);
    }
}
