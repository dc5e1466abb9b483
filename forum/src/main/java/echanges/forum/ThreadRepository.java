package echanges.forum;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import echanges.platform.Connection;
import echanges.platform.Graph;
import echanges.platform.LocalizedText;
import echanges.platform.PageRequest;
import echanges.platform.Tx;

/** The Cypher of threads and categories; people and subjects are matched by id only. */
final class ThreadRepository {

    static final String FIELDS = """
            t {.id, .title, .createdAt, .lastActivityAt,
               pinned: coalesce(t.pinned, false), locked: coalesce(t.locked, false),
               authorId: [(a:Person)-[:STARTED]->(t) | a.id][0],
               categoryId: [(t)-[:IN_CATEGORY]->(c:Category) | c.id][0],
               acceptedPostId: [(t)-[:ACCEPTED]->(ap:Post) | ap.id][0],
               postCount: COUNT { (t)<-[:IN]-(:Post) },
               voteCount: COUNT { (t)<-[:IN]-(:Post)<-[:VOTED]-() },
               question: coalesce(t.question, false), lateQuestion: coalesce(t.lateQuestion, false), declined: coalesce(t.declined, false),
               subject: [(t)-[:ABOUT]->(s) | {id: s.id, kind: CASE WHEN s:Challenge THEN 'CHALLENGE' ELSE 'COMPONENT' END}][0]}""";

    private static final String START = """
            MATCH (a:Person {id: $authorId})
            CREATE (a)-[:STARTED]->(t:Thread:Taggable {id: $threadId, title: $title, createdAt: $now, lastActivityAt: $now,
                    pinned: false, locked: false, postSeq: 0, version: 1, question: $question, lateQuestion: $late})
            // The author watches their own thread.
            CREATE (a)-[:WATCHES {level: 'WATCHING'}]->(t)
            WITH t
            OPTIONAL MATCH (category:Category {id: $categoryId})
            OPTIONAL MATCH (ch:Challenge {id: $subjectId}) WHERE $subjectKind = 'CHALLENGE'
            OPTIONAL MATCH (co:Component {id: $subjectId}) WHERE $subjectKind = 'COMPONENT'
            FOREACH (c IN [x IN [category] WHERE x IS NOT NULL] | CREATE (t)-[:IN_CATEGORY]->(c))
            FOREACH (s IN [x IN [ch, co] WHERE x IS NOT NULL] | CREATE (t)-[:ABOUT]->(s))
            """;
    private static final String BY_IDS = "UNWIND $ids AS id MATCH (t:Thread {id: id}) RETURN " + FIELDS + " AS thread";
    private static final String ORDER = """
            ORDER BY CASE WHEN $sort = 'LATEST_ACTIVITY' AND t.pinned THEN 0 ELSE 1 END,
                     CASE WHEN $sort = 'VOTES' THEN COUNT { (t)<-[:IN]-(:Post)<-[:VOTED]-() } ELSE 0 END DESC,
                     t.lastActivityAt DESC, t.id""";
    private static final String PAGE = """
            MATCH (t:Thread)
            WHERE ($subjectId IS NULL OR EXISTS { (t)-[:ABOUT]->(s) WHERE s.id = $subjectId })
              AND ($categoryId IS NULL OR EXISTS { (t)-[:IN_CATEGORY]->(:Category {id: $categoryId}) })
              AND ($tag IS NULL OR EXISTS { (t)-[:TAGGED]->(:Tag {name: $tag}) })
              AND ($sort <> 'UNANSWERED' OR NOT EXISTS { (t)<-[:IN]-(:Post)-[:REPLY_TO]->(:Post) })
            WITH t %s
            WITH collect(t) AS matches
            RETURN size(matches) AS total, [t IN matches[$offset..$offset + $limit] | %s] AS page
            """.formatted(ORDER, FIELDS);
    private static final String ABOUT = """
            UNWIND $subjectIds AS subjectId
            MATCH (s:Challenge|Component {id: subjectId})<-[:ABOUT]-(t:Thread)
            WITH subjectId, t ORDER BY t.pinned DESC, t.lastActivityAt DESC, t.id
            WITH subjectId, collect(t) AS matches
            RETURN subjectId AS parentId, size(matches) AS total, [t IN matches[$offset..$offset + $limit] | %s] AS page
            """.formatted(FIELDS);
    private static final String IN_CATEGORIES = """
            UNWIND $categoryIds AS categoryId
            MATCH (:Category {id: categoryId})<-[:IN_CATEGORY]-(t:Thread)
            WITH categoryId, t ORDER BY t.pinned DESC, t.lastActivityAt DESC, t.id
            WITH categoryId, collect(t) AS matches
            RETURN categoryId AS parentId, size(matches) AS total, [t IN matches[$offset..$offset + $limit] | %s] AS page
            """.formatted(FIELDS);
    private static final String CATEGORIES = """
            MATCH (c:Category) RETURN c {.*} AS category ORDER BY c.position
            """;
    private static final String CATEGORY_EXISTS = "MATCH (c:Category {id: $id}) RETURN c.id AS id";
    private static final String LOCK = """
            MATCH (t:Thread {id: $id})
            SET t._lock = true REMOVE t._lock
            RETURN %s AS thread
            """.formatted(FIELDS);
    private static final String MODERATE = """
            MATCH (t:Thread {id: $id})
            SET t.locked = coalesce($locked, t.locked), t.pinned = coalesce($pinned, t.pinned), t.version = t.version + 1
            WITH t
            OPTIONAL MATCH (c:Category {id: $categoryId})
            CALL (t, c) {
              WITH t, c WHERE c IS NOT NULL
              OPTIONAL MATCH (t)-[old:IN_CATEGORY]->()
              DELETE old
              CREATE (t)-[:IN_CATEGORY]->(c)
            }
            """;
    private static final String ACCEPT = """
            MATCH (t:Thread {id: $threadId})
            OPTIONAL MATCH (t)-[old:ACCEPTED]->()
            DELETE old
            WITH t
            OPTIONAL MATCH (p:Post {id: $postId})-[:IN]->(t)
            FOREACH (x IN [y IN [p] WHERE y IS NOT NULL] | CREATE (t)-[:ACCEPTED]->(x))
            SET t.version = t.version + 1
            """;
    private static final String DECLINE = "MATCH (t:Thread {id: $id}) SET t.declined = true, t.locked = true, t.version = t.version + 1";
    private static final String POST_IDS = "MATCH (:Thread {id: $id})<-[:IN]-(p:Post) RETURN p.id AS id";
    private static final String WATCH = """
            MATCH (p:Person {id: $personId})
            OPTIONAL MATCH (t:Thread {id: $targetId}) WHERE $kind = 'Thread'
            OPTIONAL MATCH (c:Category {id: $targetId}) WHERE $kind = 'Category'
            OPTIONAL MATCH (ch:Challenge {id: $targetId}) WHERE $kind = 'Challenge'
            OPTIONAL MATCH (co:Component {id: $targetId}) WHERE $kind = 'Component'
            WITH p, [x IN [t, c, ch, co] WHERE x IS NOT NULL][0] AS target
            WHERE target IS NOT NULL
            OPTIONAL MATCH (p)-[old:WATCHES]->(target)
            DELETE old
            WITH p, target
            FOREACH (_ IN CASE WHEN $level = 'NORMAL' THEN [] ELSE [1] END | CREATE (p)-[:WATCHES {level: $level}]->(target))
            RETURN target.id AS id
            """;
    private static final String WATCH_LEVELS = """
            UNWIND $threadIds AS threadId
            MATCH (:Person {id: $personId})-[w:WATCHES]->(:Thread {id: threadId})
            RETURN threadId, w.level AS level
            """;
    private static final String MARK_READ = """
            MATCH (p:Person {id: $personId}), (t:Thread {id: $threadId})
            MERGE (p)-[r:READ]->(t)
            SET r.posts = COUNT { (t)<-[:IN]-(:Post) }, r.at = $now
            """;

    private final Graph graph;

    ThreadRepository(Graph graph) {
        this.graph = graph;
    }

    void start(Tx tx, String threadId, NewThread thread, String authorId, Instant now) {
        start(tx, threadId, thread, authorId, false, false, now);
    }

    void start(Tx tx, String threadId, NewThread thread, String authorId, boolean question, boolean late, Instant now) {
        tx.run(START, Tx.params("authorId", authorId, "threadId", threadId, "title", thread.title(), "now", utc(now),
                "question", question, "late", late,
                "categoryId", thread.categoryId(),
                "subjectId", thread.subject() == null ? null : thread.subject().id(),
                "subjectKind", thread.subject() == null ? null : thread.subject().kind().name()));
    }

    List<Thread> byIds(Collection<String> ids) {
        return graph.read(tx -> tx.list(BY_IDS, Map.of("ids", List.copyOf(ids)))).stream().map(r -> toThread(r.get("thread"))).toList();
    }

    Connection<Thread> page(ThreadFilter filter, ThreadSort sort, PageRequest page) {
        Record r = graph.read(tx -> tx.single(PAGE, Tx.params("subjectId", filter.subjectId(), "categoryId", filter.categoryId(),
                "tag", filter.tag(), "sort", sort.name(), "offset", page.offset(), "limit", page.limitPlusOne())));
        return page.toConnection(r.get("page").asList(ThreadRepository::toThread), r.get("total").asLong());
    }

    Map<String, Connection<Thread>> about(Collection<String> subjectIds, PageRequest page) {
        return pages(ABOUT, "subjectIds", subjectIds, page);
    }

    Map<String, Connection<Thread>> inCategories(Collection<String> categoryIds, PageRequest page) {
        return pages(IN_CATEGORIES, "categoryIds", categoryIds, page);
    }

    private Map<String, Connection<Thread>> pages(String cypher, String parameter, Collection<String> parentIds, PageRequest page) {
        List<Record> rows = graph.read(tx -> tx.list(cypher, Map.of(parameter, List.copyOf(parentIds), "offset", page.offset(), "limit", page.limitPlusOne())));
        return page.toConnections(parentIds, rows, ThreadRepository::toThread);
    }

    List<Category> categories() {
        return graph.read(tx -> tx.list(CATEGORIES, Map.of())).stream().map(r -> {
            Value c = r.get("category");
            return new Category(c.get("id").asString(), c.get("slug").asString(),
                    new LocalizedText(c.get("nameFr").asString(), c.get("nameEn").asString()),
                    new LocalizedText(c.get("descriptionFr").asString(), c.get("descriptionEn").asString()), c.get("position").asInt());
        }).toList();
    }

    boolean categoryExists(Tx tx, String id) {
        return tx.optional(CATEGORY_EXISTS, Map.of("id", id)).isPresent();
    }

    /** Reads a thread and write-locks it, so that concurrent changes to it apply one after the other. */
    Optional<Thread> lock(Tx tx, String id) {
        return tx.optional(LOCK, Map.of("id", id)).map(r -> toThread(r.get("thread")));
    }

    void moderate(Tx tx, String id, @Nullable Boolean locked, @Nullable Boolean pinned, @Nullable String categoryId) {
        tx.run(MODERATE, Tx.params("id", id, "locked", locked, "pinned", pinned, "categoryId", categoryId));
    }

    void accept(Tx tx, String threadId, @Nullable String postId) {
        tx.run(ACCEPT, Tx.params("threadId", threadId, "postId", postId));
    }

    void decline(Tx tx, String threadId) {
        tx.run(DECLINE, Map.of("id", threadId));
    }

    List<String> postIds(Tx tx, String threadId) {
        return tx.list(POST_IDS, Map.of("id", threadId)).stream().map(r -> r.get("id").asString()).toList();
    }

    /** Sets a watch level on a thread, a category, a challenge or a component ({@code kind}); false if there is no such target. */
    boolean watch(String personId, String kind, String targetId, WatchLevel level) {
        return graph.write(tx -> tx.optional(WATCH, Map.of("personId", personId, "kind", kind, "targetId", targetId, "level", level.name())))
                .isPresent();
    }

    Map<String, WatchLevel> watchLevels(String personId, Collection<String> threadIds) {
        Map<String, WatchLevel> levels = new java.util.HashMap<>();
        graph.read(tx -> tx.list(WATCH_LEVELS, Map.of("personId", personId, "threadIds", List.copyOf(threadIds))))
                .forEach(r -> levels.put(r.get("threadId").asString(), WatchLevel.valueOf(r.get("level").asString())));
        return levels;
    }

    void markRead(String personId, String threadId, Instant now) {
        graph.write(tx -> { tx.run(MARK_READ, Map.of("personId", personId, "threadId", threadId, "now", utc(now))); return null; });
    }

    static Thread toThread(Value t) {
        Value s = t.get("subject");
        Subject subject = s.isNull() ? null : new Subject(Subject.Kind.valueOf(s.get("kind").asString()), s.get("id").asString());
        return new Thread(t.get("id").asString(), t.get("title").asString(), subject,
                t.get("categoryId").isNull() ? null : t.get("categoryId").asString(), t.get("authorId").asString(),
                t.get("createdAt").asZonedDateTime().toInstant(), t.get("lastActivityAt").asZonedDateTime().toInstant(),
                t.get("pinned").asBoolean(), t.get("locked").asBoolean(),
                t.get("acceptedPostId").isNull() ? null : t.get("acceptedPostId").asString(),
                t.get("postCount").asInt(), t.get("voteCount").asInt(), t.get("question").asBoolean(),
                t.get("lateQuestion").asBoolean(), t.get("declined").asBoolean());
    }

    static java.time.ZonedDateTime utc(Instant instant) {
        return instant.atZone(ZoneOffset.UTC);
    }
}
