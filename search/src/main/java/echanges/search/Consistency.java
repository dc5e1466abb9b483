package echanges.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import echanges.platform.SearchDocument;
import echanges.platform.SearchDocumentSource;
import echanges.platform.Viewer;

/**
 * Compares the graph with the index, type by type: which public nodes the index lacks, which it
 * holds at an older version than the graph's, and which it holds that are no longer public. A
 * repair re-applies exactly those nodes from the graph (upserts and deletes, versioned as always).
 */
public final class Consistency {

    private static final int CHUNK = 500;

    private final SearchIndexes indexes;

    public Consistency(SearchIndexes indexes) {
        this.indexes = indexes;
    }

    /** What differs between graph and index for one type. */
    public record Drift(String type, long inGraph, long inIndex, List<String> missing, List<String> stale, List<String> extra) {
        public Drift {
            missing = List.copyOf(missing);
            stale = List.copyOf(stale);
            extra = List.copyOf(extra);
        }

        public boolean isEmpty() {
            return missing.isEmpty() && stale.isEmpty() && extra.isEmpty();
        }

        Set<String> ids() {
            Set<String> ids = new LinkedHashSet<>(missing);
            ids.addAll(stale);
            ids.addAll(extra);
            return ids;
        }
    }

    /** A check of every type, with what it repaired. */
    public record Report(List<Drift> drifts, long repaired) {
    }

    /** A moderator's check: compares every type and repairs what differs. */
    public Report checkAndRepair(Viewer viewer) {
        viewer.requirePerson();
        if (!viewer.moderator()) throw new SearchException.NotAModerator();
        try {
            return checkAndRepair();
        } catch (IOException | RuntimeException e) {
            throw new SearchException.Unavailable(e);
        }
    }

    /** Compares every type and repairs what differs. */
    public Report checkAndRepair() throws IOException {
        List<Drift> drifts = new ArrayList<>();
        long repaired = 0;
        for (String type : indexes.types()) {
            Drift drift = compare(type);
            drifts.add(drift);
            if (!drift.isEmpty()) {
                SearchIndexes.Applied applied = indexes.apply(type, drift.ids());
                repaired += drift.ids().size() - applied.failed().size();
            }
        }
        return new Report(drifts, repaired);
    }

    Drift compare(String type) throws IOException {
        SearchDocumentSource source = indexes.source(type);
        List<String> ids = source.allIds();
        Map<String, Long> graph = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK)
            for (SearchDocument doc : source.load(ids.subList(from, Math.min(ids.size(), from + CHUNK)))) graph.put(doc.id(), doc.version());
        Map<String, Long> index = indexes.indexedVersions(type);
        List<String> missing = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        graph.forEach((id, version) -> {
            Long indexed = index.get(id);
            if (indexed == null) missing.add(id);
            else if (indexed < version) stale.add(id);
        });
        List<String> extra = index.keySet().stream().filter(id -> !graph.containsKey(id)).toList();
        return new Drift(type, graph.size(), index.size(), missing, stale, extra);
    }
}
