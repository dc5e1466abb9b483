package echanges.procurement;

/** Event: the body shortlisted finalists for a demo stage. */
public record FinalistsShortlisted(String challengeId, String bodyId) {
}
