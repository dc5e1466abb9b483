package echanges.search;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of hits, the number of all matching documents, the facet counts over all of them, and,
 * when no hit matched the words as typed, a corrected query to suggest.
 */
public record SearchResults(List<SearchHit> hits, long total, List<Facet> facets, @Nullable String didYouMean) {

    public SearchResults(List<SearchHit> hits, long total) {
        this(hits, total, List.of(), null);
    }

    /** Counts of matching documents per value of one property. */
    public record Facet(String name, List<Bucket> buckets) {
    }

    public record Bucket(String value, long count) {
    }
}
