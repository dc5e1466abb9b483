package echanges.procurement;

/** Event: a contract's public record changed (a published amendment, the final description). */
public record ContractChanged(String challengeId, String contractId) {
}
