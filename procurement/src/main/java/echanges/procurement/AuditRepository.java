package echanges.procurement;

import static echanges.procurement.ChallengeRepository.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import echanges.platform.Graph;
import echanges.platform.Tx;
import echanges.procurement.audit.AuditChain;
import echanges.procurement.audit.AuditEntry;
import echanges.procurement.opendata.Releases;

/**
 * The Cypher of audit trails: entries are only ever created, inside the transaction of the action
 * they record, each chained to the last one of its challenge.
 */
final class AuditRepository {

    private static final String LAST = """
            MATCH (:Challenge {id: $id})-[:AUDIT]->(e:AuditEntry)
            RETURN e {.*} AS entry ORDER BY e.sequence DESC LIMIT 1
            """;
    private static final String APPEND = """
            MATCH (c:Challenge {id: $id})
            CREATE (c)-[:AUDIT]->(:AuditEntry {sequence: $sequence, action: $action, actorId: $actorId, details: $details,
                    at: $at, previousHash: $previousHash, hash: $hash})
            """;
    private static final String TRAILS = """
            UNWIND $ids AS id
            MATCH (:Challenge {id: id})-[:AUDIT]->(e:AuditEntry)
            RETURN id, e {.*} AS entry ORDER BY e.sequence
            """;

    private final Graph graph;

    AuditRepository(Graph graph) {
        this.graph = graph;
    }

    /** Appends an action to a challenge's trail, in the caller's transaction (which holds the challenge's lock). */
    static void append(Tx tx, String challengeId, String action, @Nullable String actorId, String details, Instant at) {
        AuditEntry last = tx.optional(LAST, Map.of("id", challengeId)).map(r -> toEntry(r.get("entry"))).orElse(null);
        AuditEntry next = AuditChain.next(last, action, actorId, details, at);
        tx.run(APPEND, Tx.params("id", challengeId, "sequence", next.sequence(), "action", next.action(), "actorId", next.actorId(),
                "details", next.details(), "at", utc(next.at()), "previousHash", next.previousHash(), "hash", next.hash()));
        // A public step is also open data: its OCDS release commits with it, or neither does.
        Releases.record(tx, challengeId, action, at);
    }

    Map<String, List<AuditEntry>> trails(Collection<String> challengeIds) {
        Map<String, List<AuditEntry>> result = new HashMap<>();
        for (String id : challengeIds) result.put(id, new ArrayList<>());
        graph.read(tx -> tx.list(TRAILS, Map.of("ids", List.copyOf(challengeIds))))
                .forEach(r -> result.get(r.get("id").asString()).add(toEntry(r.get("entry"))));
        return result;
    }

    private static AuditEntry toEntry(Value e) {
        return new AuditEntry(e.get("sequence").asInt(), e.get("action").asString(), e.get("actorId").isNull() ? null : e.get("actorId").asString(),
                e.get("details").asString(), e.get("at").asZonedDateTime().toInstant(), e.get("previousHash").asString(), e.get("hash").asString());
    }
}
