package echanges.procurement;

import java.time.Instant;

/**
 * A change to a published challenge (s. 9): numbered, kept, shown to everyone, with the closing
 * date it left and the reason if it moved it.
 */
public record Addendum(String challengeId, int number, String text, boolean affectsPrices, Instant publishedAt,
                       Instant closesAtBefore, Instant closesAtAfter, String closingShiftReason) {

    public boolean movedClosing() {
        return !closesAtBefore.equals(closesAtAfter);
    }
}
