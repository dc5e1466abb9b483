package echanges.accounts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import echanges.platform.Graph;
import echanges.platform.Outbox;
import echanges.platform.Tx;

/** The Cypher of people and their memberships. */
final class PersonRepository {

    private static final String TAKEN = """
            OPTIONAL MATCH (byEmail:Person {email: $email})
            OPTIONAL MATCH (byHandle:Person {handleKey: $handleKey})
            RETURN byEmail IS NOT NULL AS emailTaken, byHandle IS NOT NULL AS handleTaken
            """;
    private static final String CREATE = """
            CREATE (p:Person {id: $id, email: $email, handle: $handle, handleKey: $handleKey,
                              displayName: $displayName, passwordHash: $passwordHash, createdAt: $now, version: 1})
            RETURN p {.*} AS person
            """;
    private static final String CREDENTIALS = """
            MATCH (p:Person {email: $email}) RETURN p.id AS id, p.passwordHash AS passwordHash
            """;
    private static final String BY_IDS = """
            UNWIND $ids AS id
            MATCH (p:Person {id: id})
            RETURN p {.*} AS person
            """;
    private static final String BY_HANDLE = "MATCH (p:Person {handleKey: $handleKey}) RETURN p {.*} AS person";
    private static final String MEMBERSHIPS = """
            UNWIND $ids AS id
            MATCH (:Person {id: id})-[m:MEMBER_OF]->(o)
            RETURN id AS personId, o.id AS organizationId,
                   CASE WHEN o:PublicBody THEN 'PUBLIC_BODY' ELSE 'SUPPLIER' END AS kind, m.role AS role
            ORDER BY o.name
            """;
    private static final String OFFICES = """
            MATCH (p:Person {id: $id})
            OPTIONAL MATCH (p)-[m:MEMBER_OF]->(o)
            RETURN [x IN collect({id: o.id, body: o:PublicBody, role: m.role}) WHERE x.id IS NOT NULL] AS offices,
                   coalesce(p.moderator, false) AS moderator, p.suspendedUntil AS suspendedUntil
            """;
    private static final String MAKE_MODERATOR = "MATCH (p:Person {id: $id}) SET p.moderator = $moderator RETURN p.id AS id";
    private static final String SUSPEND = """
            MATCH (p:Person {id: $id})
            SET p.suspendedUntil = $until, p.suspensionReason = $reason, p.suspendedBy = $by,
                p.version = coalesce(p.version, 1) + 1
            RETURN p.id AS id
            """;
    private static final String BY_HANDLES = """
            UNWIND $handleKeys AS handleKey
            MATCH (p:Person {handleKey: handleKey})
            RETURN p {.*} AS person
            """;
    private static final String GRANT = """
            MATCH (p:Person {id: $personId})
            MATCH (o {id: $organizationId}) WHERE o:PublicBody OR o:Supplier
            MERGE (p)-[m:MEMBER_OF]->(o)
            SET m.role = $role
            RETURN o.id AS id
            """;

    private static final String MEMBER_IDS = """
            UNWIND $ids AS id
            MATCH (p:Person)-[:MEMBER_OF]->(o) WHERE o.id = id AND (o:Supplier OR o:PublicBody)
            RETURN DISTINCT p.id AS personId
            """;

    private final Graph graph;

    PersonRepository(Graph graph) {
        this.graph = graph;
    }

    record Taken(boolean email, boolean handle) {
    }

    Taken taken(Tx tx, String email, String handle) {
        Record r = tx.single(TAKEN, Map.of("email", email, "handleKey", handleKey(handle)));
        return new Taken(r.get("emailTaken").asBoolean(), r.get("handleTaken").asBoolean());
    }

    Person create(Tx tx, String id, Registration registration, String passwordHash, Instant now) {
        Outbox.changed(tx, AccountsSearch.PERSON, id);
        return toPerson(tx.single(CREATE, Map.of("id", id, "email", registration.email(), "handle", registration.handle(),
                "handleKey", handleKey(registration.handle()), "displayName", registration.displayName(),
                "passwordHash", passwordHash, "now", now.atZone(java.time.ZoneOffset.UTC))).get("person"));
    }

    record Credentials(String personId, String passwordHash) {
    }

    Optional<Credentials> credentials(String email) {
        return graph.read(tx -> tx.optional(CREDENTIALS, Map.of("email", email)))
                .map(r -> new Credentials(r.get("id").asString(), r.get("passwordHash").asString()));
    }

    List<Person> byIds(Collection<String> ids) {
        return graph.read(tx -> tx.list(BY_IDS, Map.of("ids", List.copyOf(ids)))).stream()
                .map(r -> toPerson(r.get("person"))).toList();
    }

    Optional<Person> byHandle(String handle) {
        return graph.read(tx -> tx.optional(BY_HANDLE, Map.of("handleKey", handleKey(handle)))).map(r -> toPerson(r.get("person")));
    }

    record Offices(List<Membership> memberships, boolean moderator, @Nullable Instant suspendedUntil) {
    }

    /** What a person may act as, or empty if there is no such person. */
    Optional<Offices> offices(String personId) {
        return graph.read(tx -> tx.optional(OFFICES, Map.of("id", personId))).map(r -> new Offices(
                r.get("offices").asList(o -> new Membership(personId, o.get("id").asString(),
                        o.get("body").asBoolean() ? Membership.OrganizationKind.PUBLIC_BODY : Membership.OrganizationKind.SUPPLIER,
                        MembershipRole.valueOf(o.get("role").asString()))),
                r.get("moderator").asBoolean(),
                r.get("suspendedUntil").isNull() ? null : r.get("suspendedUntil").asZonedDateTime().toInstant()));
    }

    boolean makeModerator(String personId, boolean moderator) {
        return graph.write(tx -> tx.optional(MAKE_MODERATOR, Map.of("id", personId, "moderator", moderator))).isPresent();
    }

    boolean suspend(String personId, Instant until, String reason, String by) {
        return graph.write(tx -> {
            // A suspended person's handle leaves autocomplete.
            Outbox.changed(tx, AccountsSearch.PERSON, personId);
            return tx.optional(SUSPEND, Map.of("id", personId, "until", until.atZone(java.time.ZoneOffset.UTC), "reason", reason, "by", by));
        }).isPresent();
    }

    List<Person> byHandles(Collection<String> handles) {
        return graph.read(tx -> tx.list(BY_HANDLES, Map.of("handleKeys", handles.stream().map(PersonRepository::handleKey).distinct().toList())))
                .stream().map(r -> toPerson(r.get("person"))).toList();
    }

    List<String> memberIds(Collection<String> organizationIds) {
        return graph.read(tx -> tx.list(MEMBER_IDS, Map.of("ids", List.copyOf(organizationIds)))).stream().map(r -> r.get("personId").asString()).toList();
    }

    List<Membership> memberships(Collection<String> personIds) {
        return graph.read(tx -> tx.list(MEMBERSHIPS, Map.of("ids", List.copyOf(personIds)))).stream()
                .map(r -> new Membership(r.get("personId").asString(), r.get("organizationId").asString(),
                        Membership.OrganizationKind.valueOf(r.get("kind").asString()), MembershipRole.valueOf(r.get("role").asString())))
                .toList();
    }

    boolean grant(String personId, String organizationId, MembershipRole role) {
        return graph.write(tx -> tx.optional(GRANT, Map.of("personId", personId, "organizationId", organizationId, "role", role.name())))
                .isPresent();
    }

    private static String handleKey(String handle) {
        return handle.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static Person toPerson(Value p) {
        return new Person(p.get("id").asString(), p.get("handle").asString(), p.get("displayName").asString(),
                p.get("createdAt").asZonedDateTime().toInstant());
    }
}
