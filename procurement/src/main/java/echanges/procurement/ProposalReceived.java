package echanges.procurement;

/** Event: a proposal was filed; officers may know how many, never what. */
public record ProposalReceived(String challengeId) {
}
