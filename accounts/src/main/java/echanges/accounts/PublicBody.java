package echanges.accounts;

/** A ministry, city or agency that issues challenges; {@code jurisdiction} selects the rules. */
public record PublicBody(String id, String name, String jurisdiction) {
}
