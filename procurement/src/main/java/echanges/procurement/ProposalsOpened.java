package echanges.procurement;

/** Event: the proposals of a closed challenge were opened and its opening report published. */
public record ProposalsOpened(String challengeId) {
}
