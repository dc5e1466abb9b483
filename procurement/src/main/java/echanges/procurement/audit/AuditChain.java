package echanges.procurement.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The hash chain of an audit trail: an entry's hash is SHA-256 over the previous hash and the
 * entry's fields, each on its own line, so that anyone can recompute it; the first entry chains to
 * a hash of zeros.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The entry that follows {@code previous} (null for the first one). */
    public static AuditEntry next(@Nullable AuditEntry previous, String action, @Nullable String actorId, String details, Instant at) {
        int sequence = previous == null ? 1 : previous.sequence() + 1;
        String previousHash = previous == null ? GENESIS : previous.hash();
        return new AuditEntry(sequence, action, actorId, details, at, previousHash, hash(previousHash, sequence, action, actorId, details, at));
    }

    /** The sequence of the first entry that does not chain, if any: a changed, removed or reordered entry. */
    public static Optional<Integer> firstBroken(List<AuditEntry> entries) {
        String previousHash = GENESIS;
        int expected = 1;
        for (AuditEntry e : entries) {
            if (e.sequence() != expected || !e.previousHash().equals(previousHash)
                    || !e.hash().equals(hash(previousHash, e.sequence(), e.action(), e.actorId(), e.details(), e.at())))
                return Optional.of(e.sequence());
            previousHash = e.hash();
            expected++;
        }
        return Optional.empty();
    }

    static String hash(String previousHash, int sequence, String action, @Nullable String actorId, String details, Instant at) {
        String canonical = String.join("\n", previousHash, Integer.toString(sequence), action, actorId == null ? "" : actorId, details, at.toString());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
