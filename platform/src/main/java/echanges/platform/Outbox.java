package echanges.platform;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Record;

/**
 * The search outbox. A write records "this node changed" in its own transaction, so the change
 * and the promise to index it commit together; the search module drains the entries later, with
 * retries, and survives Elasticsearch being down. Entries carry no document: the drain reads the
 * node's current state, so several changes of one node collapse into one versioned upsert.
 */
public final class Outbox {

    /** One pending change. */
    public record Entry(String id, String type, String nodeId, int attempts) {
    }

    private static final String RECORD = """
            CREATE (:OutboxEntry {id: randomUUID(), type: $type, nodeId: $nodeId,
                                  createdAt: datetime(), nextAttemptAt: datetime(), attempts: 0})
            """;
    private static final String RECORD_ALL = """
            UNWIND $nodeIds AS nodeId
            CREATE (:OutboxEntry {id: randomUUID(), type: $type, nodeId: nodeId,
                                  createdAt: datetime(), nextAttemptAt: datetime(), attempts: 0})
            """;
    private static final String DUE = """
            MATCH (o:OutboxEntry) WHERE o.nextAttemptAt <= $now
            RETURN o.id AS id, o.type AS type, o.nodeId AS nodeId, o.attempts AS attempts
            ORDER BY o.createdAt LIMIT $limit
            """;
    private static final String DONE = "UNWIND $ids AS id MATCH (o:OutboxEntry {id: id}) DELETE o";
    private static final String RETRY = """
            UNWIND $ids AS id MATCH (o:OutboxEntry {id: id})
            SET o.attempts = o.attempts + 1, o.nextAttemptAt = $next
            """;
    private static final String OLDEST = "MATCH (o:OutboxEntry) RETURN min(o.createdAt) AS oldest, count(o) AS pending";

    private final Graph graph;

    public Outbox(Graph graph) {
        this.graph = graph;
    }

    /** Records, inside the caller's write transaction, that a node of this search type changed. */
    public static void changed(Tx tx, String type, String nodeId) {
        tx.run(RECORD, Map.of("type", type, "nodeId", nodeId));
    }

    /** Records, inside the caller's write transaction, that these nodes of one search type changed. */
    public static void changedAll(Tx tx, String type, List<String> nodeIds) {
        if (!nodeIds.isEmpty()) tx.run(RECORD_ALL, Map.of("type", type, "nodeIds", nodeIds));
    }

    public List<Entry> due(Instant now, int limit) {
        return graph.read(tx -> tx.list(DUE, Map.of("now", now.atZone(ZoneOffset.UTC), "limit", limit))).stream()
                .map(r -> new Entry(r.get("id").asString(), r.get("type").asString(), r.get("nodeId").asString(), r.get("attempts").asInt()))
                .toList();
    }

    public void done(List<String> entryIds) {
        graph.write(tx -> { tx.run(DONE, Map.of("ids", entryIds)); return null; });
    }

    public void retryLater(List<String> entryIds, Instant next) {
        graph.write(tx -> { tx.run(RETRY, Map.of("ids", entryIds, "next", next.atZone(ZoneOffset.UTC))); return null; });
    }

    /** How long the oldest pending change has waited, and how many wait; the drain's lag. */
    public Lag lag(Instant now) {
        Record r = graph.read(tx -> tx.single(OLDEST, Map.of()));
        Optional<Instant> oldest = r.get("oldest").isNull() ? Optional.empty()
                : Optional.of(r.get("oldest").asZonedDateTime().toInstant());
        return new Lag(r.get("pending").asLong(), oldest.map(o -> Duration.between(o, now)).orElse(Duration.ZERO));
    }

    public record Lag(long pending, Duration oldest) {
    }
}
