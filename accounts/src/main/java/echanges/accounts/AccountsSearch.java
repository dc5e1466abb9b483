package echanges.accounts;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Value;

import echanges.platform.Graph;
import echanges.platform.Language;
import echanges.platform.SearchDocument;
import echanges.platform.SearchDocumentSource;

/**
 * What accounts give search: suppliers and public bodies (found by name, as the user types too),
 * and people by handle for autocomplete. A suspended person is absent, so their handle leaves the
 * index while the suspension holds; when it ends, the periodic consistency check brings it back.
 */
public final class AccountsSearch {

    public static final String SUPPLIER = "supplier";
    public static final String BODY = "body";
    public static final String PERSON = "person";

    private static final String SUPPLIERS = """
            UNWIND $ids AS id MATCH (s:Supplier {id: id})
            RETURN s {.id, .name, .kind, .createdAt, version: coalesce(s.version, 1)} AS doc
            """;
    private static final String BODIES = """
            UNWIND $ids AS id MATCH (b:PublicBody {id: id})
            RETURN b {.id, .name, .jurisdiction, .createdAt, version: coalesce(b.version, 1)} AS doc
            """;
    private static final String PEOPLE = """
            UNWIND $ids AS id MATCH (p:Person {id: id})
            WHERE p.suspendedUntil IS NULL OR p.suspendedUntil <= $now
            RETURN p {.id, .handle, .displayName, .createdAt, version: coalesce(p.version, 1)} AS doc
            """;
    private static final String ACTIVE_PEOPLE = """
            MATCH (p:Person) WHERE p.suspendedUntil IS NULL OR p.suspendedUntil <= $now RETURN p.id AS id
            """;

    private final Graph graph;
    private final Clock clock;

    public AccountsSearch(Graph graph, Clock clock) {
        this.graph = graph;
        this.clock = clock;
    }

    /** Suppliers, by name. */
    public SearchDocumentSource suppliers() {
        return source(SUPPLIER, SUPPLIERS, "MATCH (s:Supplier) RETURN s.id AS id", d -> document(SUPPLIER, d, d.get("name").asString(),
                d.get("kind").asString(), Map.of("kind", d.get("kind").asString())));
    }

    /** Public bodies, by name. */
    public SearchDocumentSource bodies() {
        return source(BODY, BODIES, "MATCH (b:PublicBody) RETURN b.id AS id", d -> document(BODY, d, d.get("name").asString(),
                d.get("jurisdiction").asString(), Map.of("jurisdiction", d.get("jurisdiction").asString())));
    }

    /** People who are not suspended, by handle and display name: for autocomplete only. */
    public SearchDocumentSource people() {
        return source(PERSON, PEOPLE, ACTIVE_PEOPLE, d -> document(PERSON, d, d.get("handle").asString(),
                d.get("displayName").asString(), Map.of()).withCompletions(List.of(d.get("displayName").asString())));
    }

    private SearchDocument document(String type, Value d, String title, String text, Map<String, String> keywords) {
        // Names are proper nouns: French is the platform's first language, and both analyses index them anyway.
        return new SearchDocument(type, d.get("id").asString(), d.get("version").asLong(), Language.FR, title, text, List.of(), keywords,
                d.get("createdAt").asZonedDateTime().toInstant());
    }

    private SearchDocumentSource source(String type, String documents, String allIds, Function<Value, SearchDocument> mapper) {
        return new SearchDocumentSource() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public List<SearchDocument> load(Collection<String> ids) {
                return graph.read(tx -> tx.list(documents, Map.of("ids", List.copyOf(ids), "now", clock.instant().atZone(ZoneOffset.UTC))))
                        .stream().map(r -> mapper.apply(r.get("doc"))).toList();
            }

            @Override
            public List<String> allIds() {
                return graph.read(tx -> tx.list(allIds, Map.of("now", clock.instant().atZone(ZoneOffset.UTC))))
                        .stream().map(r -> r.get("id").asString()).toList();
            }
        };
    }
}
