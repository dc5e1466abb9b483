package echanges.procurement;

/** Event: a challenge was published and is open for proposals. */
public record ChallengePublished(String challengeId, String bodyId) {
}
