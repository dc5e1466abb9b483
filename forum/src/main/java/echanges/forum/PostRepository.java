package echanges.forum;

import static echanges.forum.ThreadRepository.utc;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import echanges.platform.Connection;
import echanges.platform.Graph;
import echanges.platform.PageRequest;
import echanges.platform.Tx;

/**
 * The Cypher of posts, their revisions, votes, mentions and flags. A post's {@code path} (its
 * ancestors' sequence numbers in the thread, then its own) orders a thread as a tree, depth first.
 */
final class PostRepository {

    static final String FIELDS = """
            p {.id, .body, .html, .createdAt, .editedAt,
               deleted: coalesce(p.deleted, false), hidden: coalesce(p.hidden, false),
               depth: size(split(p.path, '/')) - 1,
               threadId: [(p)-[:IN]->(pt:Thread) | pt.id][0],
               authorId: [(a:Person)-[:WROTE]->(p) | a.id][0],
               replyToId: [(p)-[:REPLY_TO]->(r:Post) | r.id][0],
               voteCount: COUNT { (p)<-[:VOTED]-(:Person) },
               viewerHasVoted: $viewerId IS NOT NULL AND EXISTS { (p)<-[:VOTED]-(:Person {id: $viewerId}) },
               accepted: EXISTS { (p)<-[:ACCEPTED]-(:Thread) },
               anonymous: coalesce(p.anonymous, false), official: coalesce(p.official, false)}""";

    private static final String FIRST = """
            MATCH (a:Person {id: $authorId}), (t:Thread {id: $threadId})
            SET t.postSeq = 1
            CREATE (a)-[:WROTE]->(p:Post {id: $postId, body: $body, html: $html, language: $language, createdAt: $now,
                    seq: 1, path: '000001', version: 1, anonymous: $anonymous, official: false})-[:IN]->(t)
            WITH p
            UNWIND $mentionIds AS mentionId
            MATCH (m:Person {id: mentionId})
            CREATE (p)-[:MENTIONS]->(m)
            """;
    private static final String REPLY = """
            MATCH (parent:Post {id: $parentId})-[:IN]->(t:Thread)
            MATCH (a:Person {id: $authorId})
            SET t.postSeq = t.postSeq + 1, t.lastActivityAt = $now, t.version = t.version + 1
            CREATE (a)-[:WROTE]->(p:Post {id: $postId, body: $body, html: $html, language: $language, createdAt: $now,
                    seq: t.postSeq, path: parent.path + '/' + right('000000' + toString(t.postSeq), 6), version: 1,
                    anonymous: false, official: $official})-[:IN]->(t)
            CREATE (p)-[:REPLY_TO]->(parent)
            WITH p, t
            CALL (p) {
              UNWIND $mentionIds AS mentionId
              MATCH (m:Person {id: mentionId})
              CREATE (p)-[:MENTIONS]->(m)
            }
            RETURN t.id AS threadId
            """;
    private static final String BY_IDS = "UNWIND $ids AS id MATCH (p:Post {id: id}) RETURN " + FIELDS + " AS post";
    private static final String OF_THREADS = """
            UNWIND $threadIds AS threadId
            MATCH (:Thread {id: threadId})<-[:IN]-(p:Post)
            WITH threadId, p ORDER BY CASE WHEN $tree THEN p.path ELSE '' END, p.seq
            WITH threadId, collect(p) AS matches
            RETURN threadId AS parentId, size(matches) AS total, [p IN matches[$offset..$offset + $limit] | %s] AS page
            """.formatted(FIELDS);
    private static final String REPLIES = """
            UNWIND $postIds AS postId
            MATCH (:Post {id: postId})<-[:REPLY_TO]-(p:Post)
            WITH postId, p ORDER BY p.seq
            WITH postId, collect(p) AS matches
            RETURN postId AS parentId, size(matches) AS total, [p IN matches[$offset..$offset + $limit] | %s] AS page
            """.formatted(FIELDS);
    private static final String LOCK = """
            MATCH (p:Post {id: $id})
            SET p._lock = true REMOVE p._lock
            RETURN %s AS post, coalesce(p.lastRevisionAt, p.createdAt) AS lastRevisionAt,
                   COUNT { (p)-[:HAS_REVISION]->() } AS revisions
            """.formatted(FIELDS);
    private static final String AMEND = """
            MATCH (p:Post {id: $id})
            SET p.body = $body, p.html = $html, p.editedAt = $now, p.version = p.version + 1
            WITH p
            OPTIONAL MATCH (p)-[:HAS_REVISION]->(latest:Revision) WHERE NOT EXISTS { (p)-[:HAS_REVISION]->(r:Revision) WHERE r.number > latest.number }
            SET latest.body = $body
            """;
    private static final String REVISE = """
            MATCH (p:Post {id: $id})
            // The first revision is the original text, recorded when the post is first edited.
            FOREACH (_ IN CASE WHEN $revisions = 0 THEN [1] ELSE [] END |
              CREATE (p)-[:HAS_REVISION]->(:Revision {number: 1, body: p.body, editorId: $authorId, editedAt: p.createdAt}))
            CREATE (p)-[:HAS_REVISION]->(:Revision {number: CASE WHEN $revisions = 0 THEN 2 ELSE $revisions + 1 END,
                    body: $body, editorId: $editorId, editedAt: $now})
            SET p.body = $body, p.html = $html, p.editedAt = $now, p.lastRevisionAt = $now, p.version = p.version + 1
            """;
    private static final String REMENTION = """
            MATCH (p:Post {id: $id})
            OPTIONAL MATCH (p)-[old:MENTIONS]->()
            DELETE old
            WITH DISTINCT p
            UNWIND $mentionIds AS mentionId
            MATCH (m:Person {id: mentionId})
            CREATE (p)-[:MENTIONS]->(m)
            """;
    private static final String REVISIONS = """
            UNWIND $postIds AS postId
            MATCH (:Post {id: postId})-[:HAS_REVISION]->(r:Revision)
            RETURN postId, r {.*} AS revision ORDER BY r.number
            """;
    private static final String DELETE = """
            MATCH (p:Post {id: $id})
            SET p.deleted = true, p.body = '', p.html = '', p.version = p.version + 1
            WITH p
            OPTIONAL MATCH (p)-[:HAS_REVISION]->(r:Revision)
            DETACH DELETE r
            """;
    private static final String VOTE = """
            MATCH (person:Person {id: $personId}), (p:Post {id: $postId})
            MERGE (person)-[v:VOTED]->(p)
              ON CREATE SET v.at = $now
            """;
    private static final String UNVOTE = "MATCH (:Person {id: $personId})-[v:VOTED]->(:Post {id: $postId}) DELETE v";
    private static final String MENTIONS = """
            UNWIND $postIds AS postId
            MATCH (:Post {id: postId})-[:MENTIONS]->(m:Person)
            RETURN postId, collect(m.id) AS personIds
            """;
    private static final String FLAG = """
            MATCH (person:Person {id: $personId}), (p:Post {id: $postId})
            OPTIONAL MATCH (person)-[existing:FLAGGED]->(p) WHERE existing.resolvedAt IS NULL
            WITH person, p, existing
            FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
              CREATE (person)-[:FLAGGED {reason: $reason, text: $text, at: $now}]->(p))
            RETURN existing IS NULL AS created,
                   COUNT { (:Person)-[f:FLAGGED]->(p) WHERE f.resolvedAt IS NULL } AS pending
            """;
    private static final String HIDE = """
            MATCH (p:Post {id: $id})
            SET p.hidden = $hidden, p.version = p.version + 1
            WITH p
            OPTIONAL MATCH (:Person)-[f:FLAGGED]->(p) WHERE $resolveFlags AND f.resolvedAt IS NULL
            SET f.resolvedAt = $now
            """;
    private static final String REVIEW_QUEUE = """
            MATCH (p:Post)
            WHERE p.hidden OR EXISTS { (:Person)-[f:FLAGGED]->(p) WHERE f.resolvedAt IS NULL }
            WITH p ORDER BY p.createdAt DESC, p.id
            WITH collect(p) AS matches
            RETURN size(matches) AS total, [p IN matches[$offset..$offset + $limit] | {post: %s,
                    flags: [(person:Person)-[f:FLAGGED]->(p) WHERE f.resolvedAt IS NULL | f {.reason, .text, .at, by: person.id}]}] AS page
            """.formatted(FIELDS);
    private static final String ACTIVITY = """
            MATCH (a:Person {id: $personId})
            RETURN COUNT { (a)-[:READ]->(:Thread) } AS threadsRead,
                   reduce(total = 0, n IN [(a)-[r:READ]->(:Thread) | r.posts] | total + n) AS postsRead,
                   COUNT { (a)-[:WROTE]->(:Post) } AS postsWritten,
                   COUNT { (a)-[:WROTE]->(:Post)<-[:VOTED]-(:Person) } AS likesReceived,
                   [(a)-[:WROTE]->(p:Post) WHERE p.createdAt > $since | {at: p.createdAt, opened: p.seq = 1}] AS recent
            """;

    private final Graph graph;

    PostRepository(Graph graph) {
        this.graph = graph;
    }

    record NewPost(String id, String body, String html, String language, List<String> mentionIds, boolean anonymous, boolean official) {
    }

    void first(Tx tx, String threadId, NewPost post, String authorId, Instant now) {
        tx.run(FIRST, Map.of("authorId", authorId, "threadId", threadId, "postId", post.id(), "body", post.body(), "html", post.html(),
                "language", post.language(), "now", utc(now), "mentionIds", post.mentionIds(), "anonymous", post.anonymous()));
    }

    /** Adds a reply; empty when the parent post does not exist. */
    Optional<String> reply(Tx tx, String parentId, NewPost post, String authorId, Instant now) {
        return tx.optional(REPLY, Map.of("parentId", parentId, "postId", post.id(), "body", post.body(), "html", post.html(),
                "language", post.language(), "authorId", authorId, "now", utc(now), "mentionIds", post.mentionIds(),
                "official", post.official()))
                .map(r -> r.get("threadId").asString());
    }

    List<Post> byIds(Collection<String> ids, @Nullable String viewerId) {
        return graph.read(tx -> tx.list(BY_IDS, Tx.params("ids", List.copyOf(ids), "viewerId", viewerId))).stream()
                .map(r -> toPost(r.get("post"))).toList();
    }

    Map<String, Connection<Post>> ofThreads(Collection<String> threadIds, PageRequest page, boolean tree, @Nullable String viewerId) {
        List<Record> rows = graph.read(tx -> tx.list(OF_THREADS, Tx.params("threadIds", List.copyOf(threadIds), "tree", tree,
                "viewerId", viewerId, "offset", page.offset(), "limit", page.limitPlusOne())));
        return page.toConnections(threadIds, rows, PostRepository::toPost);
    }

    Map<String, Connection<Post>> replies(Collection<String> postIds, PageRequest page, @Nullable String viewerId) {
        List<Record> rows = graph.read(tx -> tx.list(REPLIES, Tx.params("postIds", List.copyOf(postIds), "viewerId", viewerId,
                "offset", page.offset(), "limit", page.limitPlusOne())));
        return page.toConnections(postIds, rows, PostRepository::toPost);
    }

    record Locked(Post post, Instant lastRevisionAt, int revisions) {
    }

    Optional<Locked> lock(Tx tx, String id) {
        return tx.optional(LOCK, Tx.params("id", id, "viewerId", null)).map(r -> new Locked(toPost(r.get("post")),
                r.get("lastRevisionAt").asZonedDateTime().toInstant(), r.get("revisions").asInt()));
    }

    /** Changes the text within the grace period: no new revision. */
    void amend(Tx tx, String id, String body, String html, Instant now) {
        tx.run(AMEND, Map.of("id", id, "body", body, "html", html, "now", utc(now)));
    }

    /** Changes the text and keeps the change as a revision. */
    void revise(Tx tx, Locked locked, String body, String html, String editorId, Instant now) {
        tx.run(REVISE, Map.of("id", locked.post().id(), "revisions", locked.revisions(), "authorId", locked.post().authorId(),
                "body", body, "html", html, "editorId", editorId, "now", utc(now)));
    }

    void mention(Tx tx, String postId, List<String> mentionIds) {
        tx.run(REMENTION, Map.of("id", postId, "mentionIds", mentionIds));
    }

    Map<String, List<Revision>> revisions(Collection<String> postIds) {
        Map<String, List<Revision>> result = new HashMap<>();
        for (String id : postIds) result.put(id, new java.util.ArrayList<>());
        for (Record r : graph.read(tx -> tx.list(REVISIONS, Map.of("postIds", List.copyOf(postIds))))) {
            Value v = r.get("revision");
            String postId = r.get("postId").asString();
            result.get(postId).add(new Revision(postId, v.get("number").asInt(), v.get("body").asString(), v.get("editorId").asString(),
                    v.get("editedAt").asZonedDateTime().toInstant()));
        }
        return result;
    }

    void delete(Tx tx, String id) {
        tx.run(DELETE, Map.of("id", id));
    }

    void vote(Tx tx, String personId, String postId, boolean vote, Instant now) {
        if (vote) tx.run(VOTE, Map.of("personId", personId, "postId", postId, "now", utc(now)));
        else tx.run(UNVOTE, Map.of("personId", personId, "postId", postId));
    }

    Map<String, List<String>> mentions(Collection<String> postIds) {
        Map<String, List<String>> result = new HashMap<>();
        for (String id : postIds) result.put(id, List.of());
        graph.read(tx -> tx.list(MENTIONS, Map.of("postIds", List.copyOf(postIds))))
                .forEach(r -> result.put(r.get("postId").asString(), r.get("personIds").asList(Value::asString)));
        return result;
    }

    record Flagged(boolean created, int pending) {
    }

    Flagged flag(Tx tx, String personId, String postId, FlagReason reason, @Nullable String text, Instant now) {
        Record r = tx.single(FLAG, Tx.params("personId", personId, "postId", postId, "reason", reason.name(), "text", text, "now", utc(now)));
        return new Flagged(r.get("created").asBoolean(), r.get("pending").asInt());
    }

    /** Hides or shows a post; a moderator's restore also resolves its pending flags. */
    void hide(Tx tx, String postId, boolean hidden, boolean resolveFlags, Instant now) {
        tx.run(HIDE, Map.of("id", postId, "hidden", hidden, "resolveFlags", resolveFlags, "now", utc(now)));
    }

    Connection<ReviewItem> reviewQueue(PageRequest page) {
        Record r = graph.read(tx -> tx.single(REVIEW_QUEUE, Tx.params("viewerId", null, "offset", page.offset(), "limit", page.limitPlusOne())));
        return page.toConnection(r.get("page").asList(v -> new ReviewItem(toPost(v.get("post")), v.get("flags").asList(f -> new Flag(
                FlagReason.valueOf(f.get("reason").asString()), f.get("text").isNull() ? null : f.get("text").asString(),
                f.get("by").asString(), f.get("at").asZonedDateTime().toInstant())))), r.get("total").asLong());
    }

    record PostingActivity(int postsRead, int threadsRead, int postsWritten, int likesReceived, List<Instant> recentThreads, List<Instant> recentReplies) {
    }

    PostingActivity activity(String personId, Instant since) {
        Record r = graph.read(tx -> tx.single(ACTIVITY, Map.of("personId", personId, "since", utc(since))));
        List<Instant> threads = new java.util.ArrayList<>();
        List<Instant> replies = new java.util.ArrayList<>();
        for (Value recent : r.get("recent").asList(v -> v)) {
            Instant at = recent.get("at").asZonedDateTime().toInstant();
            (recent.get("opened").asBoolean() ? threads : replies).add(at);
        }
        return new PostingActivity(r.get("postsRead").asInt(), r.get("threadsRead").asInt(), r.get("postsWritten").asInt(),
                r.get("likesReceived").asInt(), threads, replies);
    }

    static Post toPost(Value p) {
        return new Post(p.get("id").asString(), p.get("threadId").asString(), p.get("authorId").asString(), p.get("body").asString(),
                p.get("html").asString(""), p.get("replyToId").isNull() ? null : p.get("replyToId").asString(),
                p.get("createdAt").asZonedDateTime().toInstant(),
                p.get("editedAt").isNull() ? null : p.get("editedAt").asZonedDateTime().toInstant(),
                p.get("deleted").asBoolean(), p.get("hidden").asBoolean(), p.get("depth").asInt(),
                p.get("voteCount").asInt(), p.get("viewerHasVoted").asBoolean(), p.get("accepted").asBoolean(),
                p.get("anonymous").asBoolean(), p.get("official").asBoolean());
    }
}
