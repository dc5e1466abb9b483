package echanges.procurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the opening discloses (s. 11, s. 20): the names of all suppliers who filed, and for a
 * price-only award their total prices too; with a quality evaluation, only the names.
 */
public record OpeningReport(String challengeId, Instant openedAt, List<Line> lines) {

    public record Line(String supplierId, String supplierName, @Nullable BigDecimal price) {
    }
}
