package echanges.procurement;

import org.jspecify.annotations.Nullable;

/** Event: a challenge was decided: awarded to a proposal, or unsuccessful (winner null). */
public record ChallengeAwarded(String challengeId, String bodyId, @Nullable String winningProposalId) {
}
