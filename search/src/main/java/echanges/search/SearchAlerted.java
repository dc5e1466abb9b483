package echanges.search;

/** Event: a newly indexed item matched a person's saved search for the first time. */
public record SearchAlerted(String savedSearchId, String personId, String type, String nodeId, String title) {
}
