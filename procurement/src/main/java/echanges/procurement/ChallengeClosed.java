package echanges.procurement;

/** Event: its closing time came; proposals are to be opened. */
public record ChallengeClosed(String challengeId, String bodyId) {
}
