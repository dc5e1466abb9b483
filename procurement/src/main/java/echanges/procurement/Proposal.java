package echanges.procurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import echanges.procurement.calendar.TaxCertificate;

/**
 * A supplier's answer to a challenge. Sealed until closing: only the supplier's members ever read
 * it before then, through any path. {@code price} is null when read by a member of the selection
 * committee before the evaluation is consolidated (s. 24).
 */
public record Proposal(String id, String challengeId, String supplierId, ProposalStatus status, @Nullable BigDecimal price,
                       String technicalApproach, String team, String licence, List<String> qualityDemonstration,
                       List<String> attachments, @Nullable TaxCertificate taxCertificate, List<String> declarations,
                       @Nullable String rejectionReason, Instant updatedAt, @Nullable Instant submittedAt) {
}
