package echanges.platform;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Tags on any {@code :Taggable} node. The label is the platform's, so that each module tags its
 * own nodes without its Cypher touching another module's labels.
 */
public final class Tags {

    public static final int MAX_TAGS = 10;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}-]{0,39}");

    private static final String REPLACE = """
            MATCH (n:Taggable {id: $id})
            OPTIONAL MATCH (n)-[old:TAGGED]->(:Tag)
            DELETE old
            WITH DISTINCT n
            UNWIND $names AS name
            MERGE (t:Tag {name: name})
              ON CREATE SET t.id = randomUUID()
            MERGE (n)-[:TAGGED]->(t)
            """;
    private static final String TAGS_OF = """
            UNWIND $ids AS id
            MATCH (:Taggable {id: id})-[:TAGGED]->(t:Tag)
            WITH id, t ORDER BY t.name
            RETURN id, collect(t {.id, .name}) AS tags
            """;
    private static final String PAGE = """
            MATCH (t:Tag)
            WITH count(t) AS total
            MATCH (t:Tag)
            RETURN t {.id, .name} AS tag, total
            ORDER BY t.name SKIP $offset LIMIT $limit
            """;
    private static final String BY_IDS = "UNWIND $ids AS id MATCH (t:Tag {id: id}) RETURN t {.id, .name} AS tag";

    private final Graph graph;

    public Tags(Graph graph) {
        this.graph = graph;
    }

    /** Lower-cased, trimmed, de-duplicated tag names; refuses malformed ones and more than {@value #MAX_TAGS}. */
    public static List<String> normalise(Collection<String> names) {
        LinkedHashSet<String> result = new LinkedHashSet<>();
        for (String name : names) {
            String tag = name.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
            if (!NAME.matcher(tag).matches())
                throw new PlatformException.InvalidArgument("a tag is 1 to 40 letters, digits or dashes, was '" + name + "'");
            result.add(tag);
        }
        if (result.size() > MAX_TAGS)
            throw new PlatformException.InvalidArgument("at most " + MAX_TAGS + " tags, got " + result.size());
        return List.copyOf(result);
    }

    /** Replaces the tags of a node, inside the caller's transaction; names must be normalised. */
    public static void replace(Tx tx, String taggableId, List<String> normalisedNames) {
        tx.run(REPLACE, Map.of("id", taggableId, "names", normalisedNames));
    }

    /** The tags of many nodes in one round trip, by node id. */
    public Map<String, List<Tag>> of(Collection<String> ids) {
        Map<String, List<Tag>> result = new HashMap<>();
        for (String id : ids) result.put(id, List.of());
        for (Record r : graph.read(tx -> tx.list(TAGS_OF, Map.of("ids", List.copyOf(ids)))))
            result.put(r.get("id").asString(), r.get("tags").asList(Tags::toTag));
        return result;
    }

    public Connection<Tag> page(PageRequest page) {
        List<Record> rows = graph.read(tx -> tx.list(PAGE, Map.of("offset", page.offset(), "limit", page.limitPlusOne())));
        long total = rows.isEmpty() ? count() : rows.getFirst().get("total").asLong();
        return page.toConnection(rows.stream().map(r -> toTag(r.get("tag"))).toList(), total);
    }

    public List<Tag> byIds(Collection<String> ids) {
        return graph.read(tx -> tx.list(BY_IDS, Map.of("ids", List.copyOf(ids)))).stream().map(r -> toTag(r.get("tag"))).toList();
    }

    private long count() {
        return graph.read(tx -> tx.single("MATCH (t:Tag) RETURN count(t) AS total", Map.of())).get("total").asLong();
    }

    private static Tag toTag(Value value) {
        return new Tag(value.get("id").asString(), value.get("name").asString());
    }
}
