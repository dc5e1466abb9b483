package echanges.search;

import java.time.Instant;
import java.util.List;

/**
 * A person's saved search: its words, the types and filter it narrows to, and whether new matches
 * are pushed to its owner ({@code alerting}, unless {@code paused}).
 */
public record SavedSearch(String id, String ownerId, String name, String query, List<String> types, SearchFilter filter,
                          boolean alerting, boolean paused, Instant createdAt) {

    public SavedSearch {
        types = List.copyOf(types);
    }
}
