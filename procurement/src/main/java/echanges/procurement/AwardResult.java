package echanges.procurement;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * What a supplier is told of the award (s. 26): whether it won, its rank, its score and adjusted
 * price where they apply; the winner's line is public.
 */
public record AwardResult(String proposalId, String supplierId, boolean won, @Nullable Integer rank, BigDecimal price,
                          @Nullable BigDecimal comparedPrice, @Nullable BigDecimal adjustedPrice, @Nullable BigDecimal score,
                          @Nullable String rejection) {
}
