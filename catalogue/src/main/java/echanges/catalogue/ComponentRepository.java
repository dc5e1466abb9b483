package echanges.catalogue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import echanges.platform.Connection;
import echanges.platform.Graph;
import echanges.platform.Language;
import echanges.platform.PageRequest;
import echanges.platform.SearchDocument;
import echanges.platform.Tx;

/** The Cypher of components and their reuse; challenges and bodies are matched by id only. */
final class ComponentRepository {

    static final String SEARCH_TYPE = "component";
    private static final String FIELDS = "c {.*, deliveredForId: [(c)-[:DELIVERED_FOR]->(ch:Challenge) | ch.id][0]}";

    private static final String CREATE = """
            CREATE (c:Component:Taggable {id: $id, name: $name, description: $description, language: $language,
                    repositoryUrl: $repositoryUrl, licence: $licence, createdBy: $createdBy, createdAt: $now, version: 1})
            WITH c
            OPTIONAL MATCH (ch:Challenge {id: $deliveredForId})
            FOREACH (_ IN CASE WHEN ch IS NULL THEN [] ELSE [1] END | CREATE (c)-[:DELIVERED_FOR]->(ch))
            """;
    private static final String DECLARE_USE = """
            MATCH (b:PublicBody {id: $bodyId}), (c:Component {id: $componentId})
            MERGE (b)-[u:USES]->(c)
              ON CREATE SET u.since = $since
            SET c.version = c.version + 1
            RETURN c.id AS id
            """;
    private static final String BY_IDS = """
            UNWIND $ids AS id MATCH (c:Component {id: id}) RETURN %s AS component
            """.formatted(FIELDS);
    private static final String PAGE = """
            MATCH (c:Component)
            WHERE $tag IS NULL OR EXISTS { (c)-[:TAGGED]->(:Tag {name: $tag}) }
            WITH c ORDER BY c.createdAt DESC, c.id
            WITH collect(c) AS matches
            RETURN size(matches) AS total, [c IN matches[$offset..$offset + $limit] | %s] AS page
            """.formatted(FIELDS);
    private static final String DELIVERED_FOR = """
            UNWIND $challengeIds AS challengeId
            MATCH (c:Component)-[:DELIVERED_FOR]->(:Challenge {id: challengeId})
            WITH challengeId, c ORDER BY c.name
            RETURN challengeId, collect(%s) AS components
            """.formatted(FIELDS);
    private static final String USERS_OF = """
            UNWIND $componentIds AS componentId
            MATCH (b:PublicBody)-[:USES]->(:Component {id: componentId})
            WITH componentId, b ORDER BY b.name
            RETURN componentId, collect(b.id) AS bodyIds
            """;
    private static final String USED_BY = """
            UNWIND $bodyIds AS bodyId
            MATCH (:PublicBody {id: bodyId})-[:USES]->(c:Component)
            WITH bodyId, c ORDER BY c.name
            WITH bodyId, collect(c) AS matches
            RETURN bodyId AS parentId, size(matches) AS total, [c IN matches[$offset..$offset + $limit] | %s] AS page
            """.formatted(FIELDS);
    private static final String DOCUMENTS = """
            UNWIND $ids AS id MATCH (c:Component {id: id})
            RETURN c {.*, tags: [(c)-[:TAGGED]->(t:Tag) | t.name], users: COUNT { (:PublicBody)-[:USES]->(c) }} AS component
            """;
    private static final String ALL_IDS = "MATCH (c:Component) RETURN c.id AS id";

    private final Graph graph;

    ComponentRepository(Graph graph) {
        this.graph = graph;
    }

    void create(Tx tx, String id, NewComponent component, String createdBy, Instant now) {
        tx.run(CREATE, Tx.params("id", id, "name", component.name(), "description", component.description(),
                "language", component.language().name(), "repositoryUrl", component.repositoryUrl(), "licence", component.licence(),
                "createdBy", createdBy, "now", now.atZone(ZoneOffset.UTC), "deliveredForId", component.deliveredForId()));
    }

    boolean declareUse(Tx tx, String bodyId, String componentId, Instant since) {
        return tx.optional(DECLARE_USE, Map.of("bodyId", bodyId, "componentId", componentId, "since", since.atZone(ZoneOffset.UTC))).isPresent();
    }

    List<Component> byIds(Collection<String> ids) {
        return graph.read(tx -> tx.list(BY_IDS, Map.of("ids", List.copyOf(ids)))).stream().map(r -> toComponent(r.get("component"))).toList();
    }

    Connection<Component> page(String tag, PageRequest page) {
        Record r = graph.read(tx -> tx.single(PAGE, Tx.params("tag", tag, "offset", page.offset(), "limit", page.limitPlusOne())));
        return page.toConnection(r.get("page").asList(ComponentRepository::toComponent), r.get("total").asLong());
    }

    Map<String, List<Component>> deliveredFor(Collection<String> challengeIds) {
        Map<String, List<Component>> result = new HashMap<>();
        for (String id : challengeIds) result.put(id, List.of());
        graph.read(tx -> tx.list(DELIVERED_FOR, Map.of("challengeIds", List.copyOf(challengeIds))))
                .forEach(r -> result.put(r.get("challengeId").asString(), r.get("components").asList(ComponentRepository::toComponent)));
        return result;
    }

    Map<String, List<String>> usersOf(Collection<String> componentIds) {
        Map<String, List<String>> result = new HashMap<>();
        for (String id : componentIds) result.put(id, List.of());
        graph.read(tx -> tx.list(USERS_OF, Map.of("componentIds", List.copyOf(componentIds))))
                .forEach(r -> result.put(r.get("componentId").asString(), r.get("bodyIds").asList(Value::asString)));
        return result;
    }

    Map<String, Connection<Component>> usedBy(Collection<String> bodyIds, PageRequest page) {
        List<Record> rows = graph.read(tx -> tx.list(USED_BY, Map.of("bodyIds", List.copyOf(bodyIds), "offset", page.offset(), "limit", page.limitPlusOne())));
        return page.toConnections(bodyIds, rows, ComponentRepository::toComponent);
    }

    List<SearchDocument> documents(Collection<String> ids) {
        return graph.read(tx -> tx.list(DOCUMENTS, Map.of("ids", List.copyOf(ids)))).stream().map(r -> {
            Value c = r.get("component");
            return new SearchDocument(SEARCH_TYPE, c.get("id").asString(), c.get("version").asLong(),
                    Language.valueOf(c.get("language").asString()), c.get("name").asString(), c.get("description").asString(),
                    c.get("tags").asList(Value::asString),
                    Map.of("licence", c.get("licence").asString(), "usedBy", String.valueOf(c.get("users").asLong())),
                    c.get("createdAt").asZonedDateTime().toInstant());
        }).toList();
    }

    List<String> allIds() {
        return graph.read(tx -> tx.list(ALL_IDS, Map.of())).stream().map(r -> r.get("id").asString()).toList();
    }

    private static Component toComponent(Value c) {
        return new Component(c.get("id").asString(), c.get("name").asString(), c.get("description").asString(),
                Language.valueOf(c.get("language").asString()), c.get("repositoryUrl").asString(), c.get("licence").asString(),
                c.get("deliveredForId").isNull() ? null : c.get("deliveredForId").asString(),
                c.get("createdAt").asZonedDateTime().toInstant());
    }
}
