package echanges.procurement;

/** Where a challenge is in its lifecycle. */
public enum ChallengeStatus {
    DRAFT, PUBLISHED, CLOSED, FINALISTS, AWARDED, CANCELLED, UNSUCCESSFUL, WITHDRAWN
}
