package echanges.procurement;

/** Event: a published challenge changed by an addendum, to be told to everyone following it (s. 9). */
public record AddendumPublished(String challengeId, String bodyId, int number) {
}
