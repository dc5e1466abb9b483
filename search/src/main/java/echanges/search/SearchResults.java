package echanges.search;

import java.util.List;

/** A page of hits and the number of all matching documents. */
public record SearchResults(List<SearchHit> hits, long total) {
}
