package echanges.procurement;

import java.time.Instant;

/** Event: an open challenge's closing is near; sent once per challenge. */
public record ChallengeClosingSoon(String challengeId, String bodyId, Instant closesAt) {
}
