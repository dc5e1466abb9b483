package echanges.search;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.elasticsearch.client.ResponseException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;

/**
 * One rebuild of a type at a time across every API node: a lease document that only one node can
 * create (Elasticsearch's create refuses an existing id), released when the rebuild ends, kept by
 * its node across a failed attempt, and taken over by another once expired, so that a node that died
 * mid-rebuild does not block the others for ever.
 */
final class RebuildLease {

    static final String INDEX = SearchIndexes.PREFIX + "rebuild-leases";
    private static final Duration TTL = Duration.ofMinutes(30);

    private final ElasticsearchClient client;
    private final String owner = UUID.randomUUID().toString();

    RebuildLease(ElasticsearchClient client) {
        this.client = client;
    }

    /** Takes the type's lease if nobody holds it, or if its holder let it expire. */
    boolean acquire(String type) throws IOException {
        if (create(type)) return true;
        GetResponse<Map> held = client.get(g -> g.index(INDEX).id(type), Map.class);
        if (!held.found() || held.source() == null) return create(type);
        // Ours already: a rebuild of this node failed (Elasticsearch went away) before it could let go.
        if (owner.equals(held.source().get("owner"))) return true;
        if (Instant.parse((String) held.source().get("until")).isAfter(Instant.now())) return false;
        try {
            // Only the node that read this very version may remove it: two takeovers cannot both win.
            client.delete(d -> d.index(INDEX).id(type).ifSeqNo(held.seqNo()).ifPrimaryTerm(held.primaryTerm()).refresh(Refresh.True));
        } catch (ElasticsearchException | ResponseException e) {
            if (conflictOrGone(e)) return false;
            throw e;
        }
        return create(type);
    }

    void release(String type) throws IOException {
        try {
            GetResponse<Map> held = client.get(g -> g.index(INDEX).id(type), Map.class);
            if (held.found() && held.source() != null && owner.equals(held.source().get("owner")))
                client.delete(d -> d.index(INDEX).id(type).ifSeqNo(held.seqNo()).ifPrimaryTerm(held.primaryTerm()).refresh(Refresh.True));
        } catch (ElasticsearchException | ResponseException e) {
            if (!conflictOrGone(e)) throw e;
        }
    }

    private boolean create(String type) throws IOException {
        try {
            client.create(c -> c.index(INDEX).id(type).refresh(Refresh.True)
                    .document(Map.of("owner", owner, "until", Instant.now().plus(TTL).toString())));
            return true;
        } catch (ElasticsearchException | ResponseException e) {
            if (conflictOrGone(e)) return false;
            throw e;
        }
    }

    /** Someone else's lease (409), or one already removed (404): the client reports either way, by its endpoint. */
    private static boolean conflictOrGone(Exception e) {
        int status = e instanceof ElasticsearchException es ? es.status() : ((ResponseException) e).getResponse().getStatusLine().getStatusCode();
        return status == 409 || status == 404;
    }
}
