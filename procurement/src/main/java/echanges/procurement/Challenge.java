package echanges.procurement;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import echanges.platform.Language;

/** A challenge as readers see it. {@code budgetCeiling} is exact, in {@code currency}. */
public record Challenge(String id, String bodyId, String title, String description, Language language,
                        ChallengeStatus status, BigDecimal budgetCeiling, String currency, Instant closesAt,
                        @Nullable Instant publishedAt, Instant createdAt) {
}
