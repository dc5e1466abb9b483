package echanges.search;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import echanges.platform.Outbox;
import echanges.platform.SearchDocument;

/**
 * Moves the graph's changes into the search indexes. It reads due outbox entries, applies each
 * node's current state as a versioned upsert or a delete, and removes the entries only once
 * Elasticsearch has them; when Elasticsearch is down the entries wait, with a growing back-off,
 * and nothing is lost. Several API nodes may drain at once: versioned writes make that harmless.
 *
 * <p>Each document it writes is then offered to the saved searches' alerts; only when those are
 * recorded are the entries removed, so a failure replays the batch, which both the versioned
 * writes and the recorded alerts make harmless.
 */
public final class OutboxDrain {

    private static final Logger log = LoggerFactory.getLogger(OutboxDrain.class);
    static final int BATCH = 500;
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);

    /** Told of the documents each batch indexed (saved-search alerts listen). */
    public interface Indexed {
        void indexed(List<SearchDocument> documents);
    }

    private final Outbox outbox;
    private final SearchIndexes indexes;
    private final Clock clock;
    private final Indexed listener;
    private volatile boolean prepared;
    private volatile boolean reportedDown;

    public OutboxDrain(Outbox outbox, SearchIndexes indexes, Clock clock, Indexed listener) {
        this.outbox = outbox;
        this.indexes = indexes;
        this.clock = clock;
        this.listener = listener;
    }

    /** Applies the due entries, batch after batch; returns how many it applied. */
    public int drain() {
        int applied = 0;
        int batch;
        do {
            batch = drainBatch();
            applied += batch;
        } while (batch == BATCH);
        return applied;
    }

    private int drainBatch() {
        Instant now = clock.instant();
        if (!prepared && !prepare()) return 0;
        List<Outbox.Entry> due = outbox.due(now, BATCH);
        if (due.isEmpty()) return 0;
        List<String> done = new ArrayList<>();
        List<Outbox.Entry> retry = new ArrayList<>();
        List<SearchDocument> indexed = new ArrayList<>();
        Map<String, List<Outbox.Entry>> byType = due.stream().collect(Collectors.groupingBy(Outbox.Entry::type));
        try {
            for (Map.Entry<String, List<Outbox.Entry>> group : byType.entrySet()) {
                if (!indexes.types().contains(group.getKey())) {
                    log.warn("Dropping {} outbox entries of unknown search type {}", group.getValue().size(), group.getKey());
                    group.getValue().forEach(e -> done.add(e.id()));
                    continue;
                }
                SearchIndexes.Applied applied = indexes.apply(group.getKey(), group.getValue().stream().map(Outbox.Entry::nodeId).distinct().toList());
                Set<String> failed = applied.failed();
                indexed.addAll(applied.upserted());
                for (Outbox.Entry e : group.getValue()) {
                    if (failed.contains(e.nodeId())) retry.add(e);
                    else done.add(e.id());
                }
            }
            if (!indexed.isEmpty()) listener.indexed(indexed);
            reportedDown = false;
        } catch (IOException | RuntimeException e) {
            unavailable(e);
            // A lost alias (an index deleted by hand) is recreated before the next batch.
            prepared = false;
            done.clear();
            retry.clear();
            retry.addAll(due);
        }
        if (!done.isEmpty()) outbox.done(done);
        if (!retry.isEmpty()) outbox.retryLater(retry.stream().map(Outbox.Entry::id).toList(), now.plus(backoff(retry)));
        return done.size();
    }

    /** Creates missing indexes (built from the graph) once Elasticsearch answers. */
    private boolean prepare() {
        try {
            indexes.ensure();
            prepared = true;
            return true;
        } catch (IOException | RuntimeException e) {
            unavailable(e);
            return false;
        }
    }

    private void unavailable(Exception e) {
        if (!reportedDown) log.warn("Elasticsearch is unavailable; search changes wait in the outbox: {}", e.toString());
        reportedDown = true;
    }

    private static Duration backoff(List<Outbox.Entry> entries) {
        int attempts = entries.stream().mapToInt(Outbox.Entry::attempts).max().orElse(0);
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(attempts, 10));
        return delay.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : delay;
    }

    /** Rebuilds one type's index from the graph into a new index, switched atomically; false while another node does. */
    public boolean rebuild(String type) throws IOException {
        return indexes.rebuild(type);
    }

    /** Whether the indexes are ready (created or rebuilt for the current mapping). */
    public boolean prepared() {
        return prepared;
    }
}
