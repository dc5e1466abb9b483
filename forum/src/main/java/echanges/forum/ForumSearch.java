package echanges.forum;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

import echanges.platform.Graph;
import echanges.platform.Language;
import echanges.platform.SearchDocument;
import echanges.platform.SearchDocumentSource;

/**
 * What the forum gives search: posts and threads, with their thread, category, tags, author and
 * whether the thread is solved. Deleted and hidden posts are absent, so they leave the index. A
 * document's version adds the post's and the thread's write counters, so that a change of the
 * thread (a move, an accepted answer) also supersedes the posts' documents.
 */
public final class ForumSearch {

    static final String POST = "post";
    static final String THREAD = "thread";

    private static final String CONTEXT = """
            category: [(t)-[:IN_CATEGORY]->(c:Category) | c.slug][0],
            solved: EXISTS { (t)-[:ACCEPTED]->(:Post) },
            tags: [(t)-[:TAGGED]->(g:Tag) | g.name]""";
    private static final String POSTS = """
            UNWIND $ids AS id
            MATCH (p:Post {id: id})-[:IN]->(t:Thread)
            WHERE NOT coalesce(p.deleted, false) AND NOT coalesce(p.hidden, false)
            // Only the opening post carries the thread's title, so that a thread matches once by its title.
            RETURN p {.id, .body, .language, .createdAt, version: p.version + t.version, threadId: t.id,
                      title: CASE WHEN p.seq = 1 THEN t.title ELSE '' END,
                      // A question's asker stays anonymous in search too.
                      author: CASE WHEN coalesce(p.anonymous, false) THEN null ELSE [(a:Person)-[:WROTE]->(p) | a.handle][0] END, %s} AS doc
            """.formatted(CONTEXT);
    private static final String THREADS = """
            UNWIND $ids AS id
            MATCH (t:Thread {id: id})<-[:IN]-(first:Post {seq: 1})
            RETURN t {.id, .title, .createdAt, version: t.version + first.version, threadId: t.id, language: first.language,
                      body: CASE WHEN coalesce(first.deleted, false) OR coalesce(first.hidden, false) THEN '' ELSE first.body END,
                      author: CASE WHEN coalesce(t.question, false) THEN null ELSE [(a:Person)-[:STARTED]->(t) | a.handle][0] END, %s} AS doc
            """.formatted(CONTEXT);

    private final Graph graph;

    public ForumSearch(Graph graph) {
        this.graph = graph;
    }

    /** Posts, for the search index. */
    public SearchDocumentSource posts() {
        return source(POST, POSTS, "MATCH (p:Post) WHERE NOT coalesce(p.deleted, false) AND NOT coalesce(p.hidden, false) RETURN p.id AS id");
    }

    /** Threads (title and first post), for the search index. */
    public SearchDocumentSource threads() {
        return source(THREAD, THREADS, "MATCH (t:Thread) RETURN t.id AS id");
    }

    private SearchDocumentSource source(String type, String documents, String allIds) {
        return new SearchDocumentSource() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public List<SearchDocument> load(Collection<String> ids) {
                return graph.read(tx -> tx.list(documents, Map.of("ids", List.copyOf(ids)))).stream()
                        .map(r -> toDocument(type, r.get("doc"))).toList();
            }

            @Override
            public List<String> allIds() {
                return graph.read(tx -> tx.list(allIds, Map.of())).stream().map(r -> r.get("id").asString()).toList();
            }
        };
    }

    private static SearchDocument toDocument(String type, Value d) {
        Map<String, String> keywords = new HashMap<>();
        keywords.put("threadId", d.get("threadId").asString());
        keywords.put("solved", String.valueOf(d.get("solved").asBoolean()));
        if (!d.get("category").isNull()) keywords.put("category", d.get("category").asString());
        if (!d.get("author").isNull()) keywords.put("author", d.get("author").asString().toLowerCase(java.util.Locale.ROOT));
        return new SearchDocument(type, d.get("id").asString(), d.get("version").asLong(), Language.valueOf(d.get("language").asString()),
                d.get("title").asString(), d.get("body").asString(), d.get("tags").asList(Value::asString), keywords,
                d.get("createdAt").asZonedDateTime().toInstant());
    }
}
