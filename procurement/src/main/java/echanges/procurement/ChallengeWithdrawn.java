package echanges.procurement;

/** Event: the body withdrew its open call. */
public record ChallengeWithdrawn(String challengeId, String bodyId) {
}
