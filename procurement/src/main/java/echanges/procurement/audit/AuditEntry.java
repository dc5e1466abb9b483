package echanges.procurement.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One procurement action in a challenge's audit trail. {@code hash} covers the entry and the
 * previous entry's hash, so changing or removing any entry breaks every hash after it.
 */
public record AuditEntry(int sequence, String action, @Nullable String actorId, String details, Instant at,
                         String previousHash, String hash) {
}
