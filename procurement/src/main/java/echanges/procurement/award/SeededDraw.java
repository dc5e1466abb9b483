package echanges.procurement.award;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import echanges.procurement.award.AwardRuleBroken.InvalidInput;

/**
 * A drawing of lots (s. 14) that anyone can check, by commit and reveal:
 * <ol>
 * <li>before the proposals are opened (at the latest), the body publishes the
 *     {@link #commitment(String) commitment} {@code SHA-256(seed)}, in lowercase hex; it keeps the
 *     seed secret, so no supplier can price itself into a favourable tie, and having committed, the
 *     body cannot choose a seed that favours anyone;</li>
 * <li>at the award it reveals the seed; anyone {@link #verifies(String, String) verifies} it against
 *     the commitment and recomputes the {@link #order(String, Collection) order}: the tied proposal
 *     ids, deduplicated and sorted, each ranked by the lowercase hex of
 *     {@code SHA-256(seed + ":" + proposalId)} (UTF-8), smallest first.</li>
 * </ol>
 * A seed has at least {@value #MIN_SEED_LENGTH} characters, so that the commitment cannot be
 * reversed by trying short seeds before the reveal; {@link #newSeed()} gives 256 random bits.
 */
public record SeededDraw(String seed) implements TieBreak {

    public static final int MIN_SEED_LENGTH = 16;
    private static final HexFormat HEX = HexFormat.of();
    private static final SecureRandom RANDOM = new SecureRandom();

    public SeededDraw {
        checkSeed(seed);
    }

    /** 32 random bytes, as 64 lowercase hex characters. */
    public static String newSeed() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HEX.formatHex(bytes);
    }

    /** What the body publishes before the draw: {@code SHA-256(seed)}, lowercase hex. */
    public static String commitment(String seed) {
        checkSeed(seed);
        return sha256(seed);
    }

    /** Whether a revealed seed is the one committed to; the commitment's hex case does not matter. */
    public static boolean verifies(String seed, String commitment) {
        if (seed.length() < MIN_SEED_LENGTH) return false;
        byte[] expected = sha256(seed).getBytes(StandardCharsets.US_ASCII);
        byte[] given = commitment.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    /** The order drawn among the tied proposals, the first ranked highest. */
    public static List<String> order(String seed, Collection<String> tiedProposalIds) {
        checkSeed(seed);
        return tiedProposalIds.stream()
                .distinct()
                .sorted()
                .map(id -> new Ticket(id, sha256(seed + ":" + id)))
                // Ids break a (practically impossible) equality of hashes, so the order is total.
                .sorted(Comparator.comparing(Ticket::hash).thenComparing(Ticket::proposalId))
                .map(Ticket::proposalId)
                .toList();
    }

    @Override
    public List<String> order(List<String> tiedProposalIds) {
        return order(seed, tiedProposalIds);
    }

    /** The commitment, not the seed: a draw object may be logged before the seed is revealed. */
    @Override
    public String toString() {
        return "SeededDraw[commitment=" + sha256(seed) + "]";
    }

    private record Ticket(String proposalId, String hash) {
    }

    private static void checkSeed(String seed) {
        if (seed.length() < MIN_SEED_LENGTH)
            throw new InvalidInput("s. 14", "a drawing seed has at least " + MIN_SEED_LENGTH
                    + " characters, was " + seed.length());
    }

    private static String sha256(String text) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
