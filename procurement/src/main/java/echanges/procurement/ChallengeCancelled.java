package echanges.procurement;

/** Event: the body cancelled the call after closing. */
public record ChallengeCancelled(String challengeId, String bodyId) {
}
