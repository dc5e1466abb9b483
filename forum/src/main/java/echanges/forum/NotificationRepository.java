package echanges.forum;

import static echanges.forum.ThreadRepository.utc;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import echanges.platform.Graph;
import echanges.platform.PageRequest;
import echanges.platform.Tx;

/** The Cypher of who follows what, and of notifications. */
final class NotificationRepository {

    /** A person who may hear of a new post, with their watch levels on its thread, challenge and category. */
    record Candidate(String personId, @Nullable WatchLevel thread, @Nullable WatchLevel challenge, @Nullable WatchLevel category) {
    }

    private static final String CANDIDATES = """
            MATCH (post:Post {id: $postId})-[:IN]->(t:Thread)
            OPTIONAL MATCH (t)-[:IN_CATEGORY]->(c:Category)
            OPTIONAL MATCH (t)-[:ABOUT]->(ch:Challenge)
            CALL (t, c, ch) {
              UNWIND $directIds AS id MATCH (person:Person {id: id}) RETURN person
              UNION
              MATCH (person:Person)-[:WATCHES]->(t) RETURN person
              UNION
              MATCH (person:Person)-[:WATCHES]->(c) RETURN person
              UNION
              MATCH (person:Person)-[:WATCHES]->(ch) RETURN person
            }
            RETURN person.id AS personId,
                   [(person)-[w:WATCHES]->(t) | w.level][0] AS thread,
                   [(person)-[w:WATCHES]->(x:Challenge) WHERE x = ch | w.level][0] AS challenge,
                   [(person)-[w:WATCHES]->(x:Category) WHERE x = c | w.level][0] AS category
            """;
    private static final String CREATE = """
            UNWIND $notifications AS n
            MATCH (person:Person {id: n.personId})
            CREATE (person)-[:NOTIFIED]->(:Notification {id: n.id, kind: n.kind, postId: $postId, threadId: $threadId,
                    actorId: $actorId, createdAt: $now})
            """;
    private static final String FIELDS = "n {.id, .kind, .postId, .threadId, .challengeId, .componentId, .actorId, .createdAt, read: n.readAt IS NOT NULL, personId: $personId}";
    /** Everyone watching or tracking a component. */
    private static final String COMPONENT_WATCHERS = """
            MATCH (person:Person)-[w:WATCHES]->(co:Component {id: $componentId}) WHERE w.level IN ['WATCHING', 'TRACKING']
            WITH person, co, randomUUID() AS id
            CREATE (person)-[:NOTIFIED]->(:Notification {id: id, kind: $kind, componentId: co.id, createdAt: $now})
            RETURN person.id AS personId, id
            """;
    /** Everyone following a challenge: watching or tracking it, or having written about it. */
    private static final String CHALLENGE_FOLLOWERS = """
            MATCH (ch:Challenge {id: $challengeId})
            CALL (ch) {
              MATCH (person:Person)-[w:WATCHES]->(ch) WHERE w.level IN ['WATCHING', 'TRACKING'] RETURN person
              UNION
              MATCH (person:Person)-[:WROTE]->(:Post)-[:IN]->(:Thread)-[:ABOUT]->(ch) RETURN person
            }
            WITH ch, person
            WHERE NOT EXISTS { (person)-[w:WATCHES {level: 'MUTED'}]->(ch) }
            WITH ch, collect(DISTINCT person) AS followers
            UNWIND followers AS person
            WITH ch, person, randomUUID() AS id
            CREATE (person)-[:NOTIFIED]->(:Notification {id: id, kind: $kind, challengeId: ch.id, createdAt: $now})
            RETURN person.id AS personId, id
            """;
    private static final String PEOPLE = """
            MATCH (ch:Challenge {id: $challengeId})
            UNWIND $personIds AS personId
            MATCH (person:Person {id: personId})
            WITH ch, person, randomUUID() AS id
            CREATE (person)-[:NOTIFIED]->(:Notification {id: id, kind: $kind, challengeId: ch.id, createdAt: $now})
            RETURN person.id AS personId, id
            """;
    /** A saved search's alert: the item is linked when it is a challenge, component, thread or post, and named in any case. */
    private static final String SEARCH_ALERT = """
            MATCH (person:Person {id: $personId})
            CREATE (person)-[:NOTIFIED]->(n:Notification {id: randomUUID(), kind: 'SEARCH_ALERT', challengeId: $challengeId,
                    componentId: $componentId, threadId: $threadId, postId: $postId, subjectType: $type, subjectId: $nodeId, createdAt: $now})
            RETURN n.id AS id
            """;
    private static final String PAGE = """
            MATCH (:Person {id: $personId})-[:NOTIFIED]->(n:Notification)
            WITH n ORDER BY n.createdAt DESC, n.id
            WITH collect(n) AS received
            WITH [n IN received WHERE NOT $unreadOnly OR n.readAt IS NULL] AS matches,
                 size([n IN received WHERE n.readAt IS NULL]) AS unreadCount
            RETURN size(matches) AS total, unreadCount, [n IN matches[$offset..$offset + $limit] | %s] AS page
            """.formatted(FIELDS);
    private static final String BY_IDS = """
            UNWIND $ids AS id
            MATCH (:Person {id: $personId})-[:NOTIFIED]->(n:Notification {id: id})
            RETURN %s AS notification
            """.formatted(FIELDS);
    private static final String MARK_READ = """
            MATCH (:Person {id: $personId})-[:NOTIFIED]->(n:Notification)
            WHERE n.readAt IS NULL AND ($ids IS NULL OR n.id IN $ids)
            SET n.readAt = $now
            """;
    private static final String UNREAD = """
            RETURN COUNT { (:Person {id: $personId})-[:NOTIFIED]->(n:Notification) WHERE n.readAt IS NULL } AS unread
            """;

    private final Graph graph;

    NotificationRepository(Graph graph) {
        this.graph = graph;
    }

    List<Candidate> candidates(Tx tx, String postId, Collection<String> directIds) {
        return tx.list(CANDIDATES, Map.of("postId", postId, "directIds", List.copyOf(directIds))).stream()
                .map(r -> new Candidate(r.get("personId").asString(), level(r.get("thread")), level(r.get("challenge")), level(r.get("category"))))
                .toList();
    }

    record Planned(String id, String personId, NotificationKind kind) {
    }

    void create(Tx tx, List<Planned> planned, String postId, String threadId, @Nullable String actorId, Instant now) {
        if (planned.isEmpty()) return;
        tx.run(CREATE, Tx.params("notifications", planned.stream().map(p -> Map.of("id", p.id(), "personId", p.personId(), "kind", p.kind().name())).toList(),
                "postId", postId, "threadId", threadId, "actorId", actorId, "now", utc(now)));
    }

    /** Notifies everyone following a challenge; returns (person id, notification id) pairs. */
    List<Map.Entry<String, String>> notifyChallengeFollowers(String challengeId, NotificationKind kind, Instant now) {
        return graph.write(tx -> tx.list(CHALLENGE_FOLLOWERS, Map.of("challengeId", challengeId, "kind", kind.name(), "now", utc(now))))
                .stream().map(r -> Map.entry(r.get("personId").asString(), r.get("id").asString())).toList();
    }

    /** Notifies these people of something about a challenge; returns (person id, notification id) pairs. */
    List<Map.Entry<String, String>> notifyAboutChallenge(Collection<String> personIds, String challengeId, NotificationKind kind, Instant now) {
        return graph.write(tx -> tx.list(PEOPLE, Map.of("challengeId", challengeId, "personIds", List.copyOf(personIds), "kind", kind.name(), "now", utc(now))))
                .stream().map(r -> Map.entry(r.get("personId").asString(), r.get("id").asString())).toList();
    }

    /** Notifies everyone watching or tracking a component; returns (person id, notification id) pairs. */
    List<Map.Entry<String, String>> notifyComponentWatchers(String componentId, NotificationKind kind, Instant now) {
        return graph.write(tx -> tx.list(COMPONENT_WATCHERS, Map.of("componentId", componentId, "kind", kind.name(), "now", utc(now))))
                .stream().map(r -> Map.entry(r.get("personId").asString(), r.get("id").asString())).toList();
    }

    java.util.Optional<String> notifySearchAlert(String personId, String type, String nodeId, Instant now) {
        return graph.write(tx -> tx.optional(SEARCH_ALERT, Tx.params("personId", personId, "type", type, "nodeId", nodeId, "now", utc(now),
                "challengeId", "challenge".equals(type) ? nodeId : null, "componentId", "component".equals(type) ? nodeId : null,
                "threadId", "thread".equals(type) ? nodeId : null,
                "postId", "post".equals(type) ? nodeId : null))).map(r -> r.get("id").asString());
    }

    Notifications page(String personId, boolean unreadOnly, PageRequest page) {
        Record r = graph.read(tx -> tx.single(PAGE, Map.of("personId", personId, "unreadOnly", unreadOnly,
                "offset", page.offset(), "limit", page.limitPlusOne())));
        return new Notifications(page.toConnection(r.get("page").asList(NotificationRepository::toNotification), r.get("total").asLong()),
                r.get("unreadCount").asLong());
    }

    List<Notification> byIds(String personId, Collection<String> ids) {
        return graph.read(tx -> tx.list(BY_IDS, Map.of("personId", personId, "ids", List.copyOf(ids)))).stream()
                .map(r -> toNotification(r.get("notification"))).toList();
    }

    long markRead(String personId, @Nullable Collection<String> ids, Instant now) {
        return graph.write(tx -> {
            tx.run(MARK_READ, Tx.params("personId", personId, "ids", ids == null ? null : List.copyOf(ids), "now", utc(now)));
            return tx.single(UNREAD, Map.of("personId", personId)).get("unread").asLong();
        });
    }

    private static @Nullable WatchLevel level(Value value) {
        return value.isNull() ? null : WatchLevel.valueOf(value.asString());
    }

    private static Notification toNotification(Value n) {
        return new Notification(n.get("id").asString(), n.get("personId").asString(), NotificationKind.valueOf(n.get("kind").asString()),
                n.get("postId").isNull() ? null : n.get("postId").asString(), n.get("threadId").isNull() ? null : n.get("threadId").asString(),
                n.get("challengeId").isNull() ? null : n.get("challengeId").asString(),
                n.get("actorId").isNull() ? null : n.get("actorId").asString(), n.get("createdAt").asZonedDateTime().toInstant(),
                n.get("read").asBoolean(), n.get("componentId").isNull() ? null : n.get("componentId").asString());
    }
}
