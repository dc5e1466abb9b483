package echanges.search;

/** One autocomplete proposal: the phrase that completes the prefix, and the item it belongs to. */
public record Completion(String type, String id, String text, double score) {
}
