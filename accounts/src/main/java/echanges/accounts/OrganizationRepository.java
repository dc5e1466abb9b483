package echanges.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import echanges.platform.Connection;
import echanges.platform.Graph;
import echanges.platform.Outbox;
import echanges.platform.PageRequest;

/** The Cypher of public bodies and suppliers. */
final class OrganizationRepository {

    private static final String EMPTY = """
            OPTIONAL MATCH (n) WHERE n:PublicBody OR n:Supplier OR n:Person
            WITH n LIMIT 1
            RETURN n IS NULL AS empty
            """;
    private static final String CREATE_BODY = """
            CREATE (b:PublicBody {id: $id, name: $name, jurisdiction: $jurisdiction, createdAt: datetime(), version: 1})
            """;
    private static final String CREATE_SUPPLIER = """
            CREATE (s:Supplier {id: $id, name: $name, kind: $kind, createdAt: datetime(), version: 1})
            """;
    private static final String BODIES = """
            MATCH (b:PublicBody)
            WITH b ORDER BY b.name
            WITH collect(b) AS matches
            UNWIND matches[$offset..$offset + $limit] AS b
            RETURN b {.id, .name, .jurisdiction} AS body, size(matches) AS total
            """;
    private static final String SUPPLIERS = """
            MATCH (s:Supplier)
            WITH s ORDER BY s.name
            WITH collect(s) AS matches
            UNWIND matches[$offset..$offset + $limit] AS s
            RETURN s {.id, .name, .kind} AS supplier, size(matches) AS total
            """;
    private static final String COUNT = "MATCH (n) WHERE n:PublicBody AND $bodies OR n:Supplier AND NOT $bodies RETURN count(n) AS total";
    private static final String BODIES_BY_ID = """
            UNWIND $ids AS id MATCH (b:PublicBody {id: id}) RETURN b {.id, .name, .jurisdiction} AS body
            """;
    private static final String SUPPLIERS_BY_ID = """
            UNWIND $ids AS id MATCH (s:Supplier {id: id}) RETURN s {.id, .name, .kind} AS supplier
            """;

    private final Graph graph;

    OrganizationRepository(Graph graph) {
        this.graph = graph;
    }

    boolean isEmpty() {
        return graph.read(tx -> tx.single(EMPTY, Map.of())).get("empty").asBoolean();
    }

    void create(PublicBody body) {
        graph.write(tx -> {
            tx.run(CREATE_BODY, Map.of("id", body.id(), "name", body.name(), "jurisdiction", body.jurisdiction()));
            Outbox.changed(tx, AccountsSearch.BODY, body.id());
            return null;
        });
    }

    void create(Supplier supplier) {
        graph.write(tx -> {
            tx.run(CREATE_SUPPLIER, Map.of("id", supplier.id(), "name", supplier.name(), "kind", supplier.kind().name()));
            Outbox.changed(tx, AccountsSearch.SUPPLIER, supplier.id());
            return null;
        });
    }

    Connection<PublicBody> bodies(PageRequest page) {
        List<Record> rows = graph.read(tx -> tx.list(BODIES, Map.of("offset", page.offset(), "limit", page.limitPlusOne())));
        return page.toConnection(rows.stream().map(r -> toBody(r.get("body"))).toList(), total(rows, true));
    }

    Connection<Supplier> suppliers(PageRequest page) {
        List<Record> rows = graph.read(tx -> tx.list(SUPPLIERS, Map.of("offset", page.offset(), "limit", page.limitPlusOne())));
        return page.toConnection(rows.stream().map(r -> toSupplier(r.get("supplier"))).toList(), total(rows, false));
    }

    List<PublicBody> bodiesByIds(Collection<String> ids) {
        return graph.read(tx -> tx.list(BODIES_BY_ID, Map.of("ids", List.copyOf(ids)))).stream().map(r -> toBody(r.get("body"))).toList();
    }

    List<Supplier> suppliersByIds(Collection<String> ids) {
        return graph.read(tx -> tx.list(SUPPLIERS_BY_ID, Map.of("ids", List.copyOf(ids)))).stream().map(r -> toSupplier(r.get("supplier"))).toList();
    }

    /** A page past the end has no rows to carry the total, so it costs one more count. */
    private long total(List<Record> rows, boolean bodies) {
        if (!rows.isEmpty()) return rows.getFirst().get("total").asLong();
        return graph.read(tx -> tx.single(COUNT, Map.of("bodies", bodies))).get("total").asLong();
    }

    private static PublicBody toBody(Value b) {
        return new PublicBody(b.get("id").asString(), b.get("name").asString(), b.get("jurisdiction").asString());
    }

    private static Supplier toSupplier(Value s) {
        return new Supplier(s.get("id").asString(), s.get("name").asString(), SupplierKind.valueOf(s.get("kind").asString()));
    }
}
