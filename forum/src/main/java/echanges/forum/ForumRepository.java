package echanges.forum;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import echanges.platform.Connection;
import echanges.platform.Graph;
import echanges.platform.Language;
import echanges.platform.PageRequest;
import echanges.platform.SearchDocument;
import echanges.platform.Tx;

/** The Cypher of threads and posts; people and subjects are matched by id only. */
final class ForumRepository {

    static final String SEARCH_TYPE = "post";

    private static final String THREAD_FIELDS = """
            t {.id, .title, .createdAt, .lastActivityAt,
               authorId: [(a:Person)-[:STARTED]->(t) | a.id][0],
               subject: [(t)-[:ABOUT]->(s) | {id: s.id, kind: CASE WHEN s:Challenge THEN 'CHALLENGE' ELSE 'COMPONENT' END}][0]}""";
    private static final String POST_FIELDS = """
            p {.id, .body, .createdAt,
               threadId: [(p)-[:IN]->(pt:Thread) | pt.id][0],
               authorId: [(a:Person)-[:WROTE]->(p) | a.id][0],
               replyToId: [(p)-[:REPLY_TO]->(r:Post) | r.id][0]}""";

    private static final String START = """
            MATCH (a:Person {id: $authorId})
            CREATE (a)-[:STARTED]->(t:Thread:Taggable {id: $threadId, title: $title, createdAt: $now, lastActivityAt: $now, version: 1})
            CREATE (a)-[:WROTE]->(p:Post {id: $postId, body: $body, language: $language, createdAt: $now, version: 1})-[:IN]->(t)
            WITH t
            OPTIONAL MATCH (ch:Challenge {id: $subjectId}) WHERE $subjectKind = 'CHALLENGE'
            OPTIONAL MATCH (co:Component {id: $subjectId}) WHERE $subjectKind = 'COMPONENT'
            FOREACH (s IN [x IN [ch, co] WHERE x IS NOT NULL] | CREATE (t)-[:ABOUT]->(s))
            """;
    private static final String REPLY = """
            MATCH (parent:Post {id: $parentId})-[:IN]->(t:Thread)
            MATCH (a:Person {id: $authorId})
            CREATE (a)-[:WROTE]->(p:Post {id: $postId, body: $body, language: $language, createdAt: $now, version: 1})-[:IN]->(t)
            CREATE (p)-[:REPLY_TO]->(parent)
            SET t.lastActivityAt = $now
            RETURN t.id AS threadId
            """;
    private static final String THREADS_BY_ID = "UNWIND $ids AS id MATCH (t:Thread {id: id}) RETURN " + THREAD_FIELDS + " AS thread";
    private static final String POSTS_BY_ID = "UNWIND $ids AS id MATCH (p:Post {id: id}) RETURN " + POST_FIELDS + " AS post";
    private static final String THREADS = """
            MATCH (t:Thread)
            WHERE ($subjectId IS NULL OR EXISTS { (t)-[:ABOUT]->(s) WHERE s.id = $subjectId })
              AND ($tag IS NULL OR EXISTS { (t)-[:TAGGED]->(:Tag {name: $tag}) })
            WITH t ORDER BY t.lastActivityAt DESC, t.id
            WITH collect(t) AS matches
            RETURN size(matches) AS total, [t IN matches[$offset..$offset + $limit] | %s] AS page
            """.formatted(THREAD_FIELDS);
    private static final String THREADS_ABOUT = """
            UNWIND $subjectIds AS subjectId
            MATCH (s:Challenge|Component {id: subjectId})<-[:ABOUT]-(t:Thread)
            WITH subjectId, t ORDER BY t.lastActivityAt DESC, t.id
            WITH subjectId, collect(t) AS matches
            RETURN subjectId AS parentId, size(matches) AS total, [t IN matches[$offset..$offset + $limit] | %s] AS page
            """.formatted(THREAD_FIELDS);
    private static final String POSTS_OF = """
            UNWIND $threadIds AS threadId
            MATCH (:Thread {id: threadId})<-[:IN]-(p:Post)
            WITH threadId, p ORDER BY p.createdAt, p.id
            WITH threadId, collect(p) AS matches
            RETURN threadId AS parentId, size(matches) AS total, [p IN matches[$offset..$offset + $limit] | %s] AS page
            """.formatted(POST_FIELDS);
    private static final String DOCUMENTS = """
            UNWIND $ids AS id
            MATCH (p:Post {id: id})-[:IN]->(t:Thread)
            // Only the opening post carries the thread's title, so that a thread matches once by its title.
            RETURN p {.id, .body, .language, .createdAt, .version, threadId: t.id,
                      threadTitle: CASE WHEN EXISTS { (p)-[:REPLY_TO]->(:Post) } THEN '' ELSE t.title END,
                      tags: [(t)-[:TAGGED]->(g:Tag) | g.name], author: [(a:Person)-[:WROTE]->(p) | a.handle][0]} AS post
            """;
    private static final String ALL_POST_IDS = "MATCH (p:Post) RETURN p.id AS id";

    private final Graph graph;

    ForumRepository(Graph graph) {
        this.graph = graph;
    }

    void start(Tx tx, String threadId, String postId, NewThread thread, String authorId, Instant now) {
        tx.run(START, Tx.params("authorId", authorId, "threadId", threadId, "postId", postId, "title", thread.title(),
                "body", thread.body(), "language", LanguageGuess.of(thread.title() + " " + thread.body()).name(), "now", utc(now),
                "subjectId", thread.subject() == null ? null : thread.subject().id(),
                "subjectKind", thread.subject() == null ? null : thread.subject().kind().name()));
    }

    /** Adds a reply; empty when the parent post does not exist. */
    Optional<String> reply(Tx tx, String postId, String parentId, String body, String authorId, Instant now) {
        return tx.optional(REPLY, Map.of("postId", postId, "parentId", parentId, "body", body, "authorId", authorId,
                "language", LanguageGuess.of(body).name(), "now", utc(now))).map(r -> r.get("threadId").asString());
    }

    List<Thread> threadsByIds(Collection<String> ids) {
        return graph.read(tx -> tx.list(THREADS_BY_ID, Map.of("ids", List.copyOf(ids)))).stream().map(r -> toThread(r.get("thread"))).toList();
    }

    List<Post> postsByIds(Collection<String> ids) {
        return graph.read(tx -> tx.list(POSTS_BY_ID, Map.of("ids", List.copyOf(ids)))).stream().map(r -> toPost(r.get("post"))).toList();
    }

    Connection<Thread> threads(ThreadFilter filter, PageRequest page) {
        Record r = graph.read(tx -> tx.single(THREADS, Tx.params("subjectId", filter.subjectId(), "tag", filter.tag(),
                "offset", page.offset(), "limit", page.limitPlusOne())));
        return page.toConnection(r.get("page").asList(ForumRepository::toThread), r.get("total").asLong());
    }

    Map<String, Connection<Thread>> threadsAbout(Collection<String> subjectIds, PageRequest page) {
        return pagesOf(THREADS_ABOUT, "subjectIds", subjectIds, page, ForumRepository::toThread);
    }

    Map<String, Connection<Post>> postsOf(Collection<String> threadIds, PageRequest page) {
        return pagesOf(POSTS_OF, "threadIds", threadIds, page, ForumRepository::toPost);
    }

    private <T> Map<String, Connection<T>> pagesOf(String cypher, String parameter, Collection<String> parentIds, PageRequest page,
                                                   java.util.function.Function<Value, T> mapper) {
        List<Record> rows = graph.read(tx -> tx.list(cypher, Map.of(parameter, List.copyOf(parentIds), "offset", page.offset(), "limit", page.limitPlusOne())));
        return page.toConnections(parentIds, rows, mapper);
    }

    List<SearchDocument> documents(Collection<String> ids) {
        return graph.read(tx -> tx.list(DOCUMENTS, Map.of("ids", List.copyOf(ids)))).stream().map(r -> {
            Value p = r.get("post");
            return new SearchDocument(SEARCH_TYPE, p.get("id").asString(), p.get("version").asLong(),
                    Language.valueOf(p.get("language").asString()), p.get("threadTitle").asString(), p.get("body").asString(),
                    p.get("tags").asList(Value::asString),
                    Map.of("threadId", p.get("threadId").asString(), "author", p.get("author").asString("")),
                    p.get("createdAt").asZonedDateTime().toInstant());
        }).toList();
    }

    List<String> allPostIds() {
        return graph.read(tx -> tx.list(ALL_POST_IDS, Map.of())).stream().map(r -> r.get("id").asString()).toList();
    }

    private static Thread toThread(Value t) {
        Value s = t.get("subject");
        Subject subject = s.isNull() ? null : new Subject(Subject.Kind.valueOf(s.get("kind").asString()), s.get("id").asString());
        return new Thread(t.get("id").asString(), t.get("title").asString(), subject, t.get("authorId").asString(),
                instant(t.get("createdAt")), instant(t.get("lastActivityAt")));
    }

    private static Post toPost(Value p) {
        return new Post(p.get("id").asString(), p.get("threadId").asString(), p.get("authorId").asString(), p.get("body").asString(),
                p.get("replyToId").isNull() ? null : p.get("replyToId").asString(), instant(p.get("createdAt")));
    }

    private static Instant instant(Value v) {
        return v.asZonedDateTime().toInstant();
    }

    private static java.time.ZonedDateTime utc(Instant instant) {
        return instant.atZone(ZoneOffset.UTC);
    }
}
