package echanges.catalogue.publiccode;

/** One way a document breaks the standard, at a field path such as {@code maintenance.contacts[0].name}. */
public record PublicCodeError(String path, String message) {
}
