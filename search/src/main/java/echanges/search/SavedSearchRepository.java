package echanges.search;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import echanges.platform.Connection;
import echanges.platform.Graph;
import echanges.platform.PageRequest;
import echanges.platform.Tx;

/** The Cypher of saved searches and of the alerts already sent for them. */
final class SavedSearchRepository {

    /** Filter properties are stored flat on the node, under this prefix. */
    private static final String FILTER = "filter_";

    private static final String CREATE = """
            CREATE (s:SavedSearch {id: $id, ownerId: $ownerId, name: $name, query: $query, types: $types,
                                   alerting: $alerting, paused: false, createdAt: $now})
            SET s += $filter
            RETURN s {.*} AS search
            """;
    private static final String SET = """
            MATCH (s:SavedSearch {id: $id, ownerId: $ownerId})
            SET s.name = coalesce($name, s.name), s.paused = coalesce($paused, s.paused)
            RETURN s {.*} AS search
            """;
    private static final String DELETE = """
            MATCH (s:SavedSearch {id: $id, ownerId: $ownerId})
            OPTIONAL MATCH (a:SearchAlert {savedSearchId: s.id})
            WITH s, s {.*} AS search, collect(a) AS alerts
            FOREACH (a IN alerts | DELETE a)
            DELETE s
            RETURN search
            """;
    private static final String PAGE = """
            MATCH (s:SavedSearch {ownerId: $ownerId})
            WITH s ORDER BY s.createdAt DESC, s.id
            WITH collect(s) AS found
            RETURN size(found) AS total, [x IN found[$offset..$offset + $limit] | x {.*}] AS page
            """;
    private static final String BY_IDS = """
            UNWIND $ids AS id
            MATCH (s:SavedSearch {id: id, ownerId: $ownerId})
            RETURN s {.*} AS search
            """;
    private static final String ALERTING = """
            MATCH (s:SavedSearch) WHERE s.alerting AND NOT s.paused AND any(t IN s.types WHERE t IN $types)
            RETURN s {.*} AS search
            """;
    /** Records each (saved search, item) once; returns only those this call recorded. */
    private static final String RECORD_ALERTS = """
            UNWIND $alerts AS m
            MATCH (s:SavedSearch {id: m.savedSearchId}) WHERE s.alerting AND NOT s.paused
            MERGE (a:SearchAlert {key: m.savedSearchId + '/' + m.type + '/' + m.nodeId})
              ON CREATE SET a.savedSearchId = s.id, a.type = m.type, a.nodeId = m.nodeId, a.createdAt = $now, a.batch = $batch
            WITH s, a, m WHERE a.batch = $batch
            RETURN s.id AS savedSearchId, s.ownerId AS personId, m.type AS type, m.nodeId AS nodeId, m.title AS title
            """;

    private final Graph graph;

    SavedSearchRepository(Graph graph) {
        this.graph = graph;
    }

    SavedSearch create(String id, String ownerId, String name, String query, List<String> types, SearchFilter filter, boolean alerting,
                       Instant now) {
        Map<String, Object> filterProperties = new HashMap<>();
        filter.toProperties().forEach((k, v) -> filterProperties.put(FILTER + k, v));
        return graph.write(tx -> toSavedSearch(tx.single(CREATE, Map.of("id", id, "ownerId", ownerId, "name", name, "query", query,
                "types", types, "alerting", alerting, "now", now.atZone(ZoneOffset.UTC), "filter", filterProperties)).get("search")));
    }

    Optional<SavedSearch> update(String id, String ownerId, String name, Boolean paused) {
        return graph.write(tx -> tx.optional(SET, Tx.params("id", id, "ownerId", ownerId, "name", name, "paused", paused)))
                .map(r -> toSavedSearch(r.get("search")));
    }

    Optional<SavedSearch> delete(String id, String ownerId) {
        return graph.write(tx -> tx.optional(DELETE, Map.of("id", id, "ownerId", ownerId))).map(r -> toSavedSearch(r.get("search")));
    }

    Connection<SavedSearch> page(String ownerId, PageRequest page) {
        Record r = graph.read(tx -> tx.single(PAGE, Map.of("ownerId", ownerId, "offset", page.offset(), "limit", page.limitPlusOne())));
        return page.toConnection(r.get("page").asList(SavedSearchRepository::toSavedSearch), r.get("total").asLong());
    }

    List<SavedSearch> byIds(String ownerId, Collection<String> ids) {
        return graph.read(tx -> tx.list(BY_IDS, Map.of("ownerId", ownerId, "ids", List.copyOf(ids)))).stream()
                .map(r -> toSavedSearch(r.get("search"))).toList();
    }

    List<SavedSearch> alerting(Collection<String> types) {
        return graph.read(tx -> tx.list(ALERTING, Map.of("types", List.copyOf(types)))).stream().map(r -> toSavedSearch(r.get("search"))).toList();
    }

    record Match(String savedSearchId, String type, String nodeId, String title) {
    }

    List<SearchAlerted> record(List<Match> matches, String batch, Instant now) {
        if (matches.isEmpty()) return List.of();
        List<Map<String, String>> rows = matches.stream().map(m -> Map.of("savedSearchId", m.savedSearchId(), "type", m.type(),
                "nodeId", m.nodeId(), "title", m.title())).toList();
        return graph.write(tx -> tx.list(RECORD_ALERTS, Map.of("alerts", rows, "batch", batch, "now", now.atZone(ZoneOffset.UTC)))).stream()
                .map(r -> new SearchAlerted(r.get("savedSearchId").asString(), r.get("personId").asString(), r.get("type").asString(),
                        r.get("nodeId").asString(), r.get("title").asString()))
                .toList();
    }

    private static SavedSearch toSavedSearch(Value s) {
        Map<String, Object> filter = new HashMap<>();
        s.asMap().forEach((k, v) -> {
            if (k.startsWith(FILTER)) filter.put(k.substring(FILTER.length()), v);
        });
        return new SavedSearch(s.get("id").asString(), s.get("ownerId").asString(), s.get("name").asString(), s.get("query").asString(),
                s.get("types").asList(Value::asString), SearchFilter.fromProperties(filter), s.get("alerting").asBoolean(),
                s.get("paused").asBoolean(), s.get("createdAt").asZonedDateTime().toInstant());
    }
}
