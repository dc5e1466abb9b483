package echanges.forum;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

import echanges.platform.Graph;
import echanges.procurement.opendata.Enquiries;
import echanges.procurement.opendata.Enquiry;

/**
 * The clarification questions about challenges as open contracting enquiries: the question, its
 * first official answer, never the asker (s. 9: answers go to every supplier; the asker is shown to
 * nobody). Hidden and deleted posts are left out, as they are from every public view.
 */
public final class QuestionEnquiries implements Enquiries {

    private static final String ENQUIRIES = """
            UNWIND $challengeIds AS challengeId
            MATCH (:Challenge {id: challengeId})<-[:ABOUT]-(t:Thread {question: true})<-[:IN]-(q:Post {seq: 1})
            WHERE NOT coalesce(q.hidden, false) AND NOT coalesce(q.deleted, false)
            RETURN challengeId, t.id AS id, t.title AS title, q.body AS question, q.createdAt AS askedAt,
                   COLLECT { MATCH (q)<-[:REPLY_TO]-(a:Post {official: true})
                             WHERE NOT coalesce(a.hidden, false) AND NOT coalesce(a.deleted, false)
                             RETURN a {.body, .createdAt} ORDER BY a.createdAt LIMIT 1 } AS answers
            ORDER BY q.createdAt, t.id
            """;

    private final Graph graph;

    public QuestionEnquiries(Graph graph) {
        this.graph = graph;
    }

    @Override
    public Map<String, List<Enquiry>> of(Collection<String> challengeIds) {
        Map<String, List<Enquiry>> result = new HashMap<>();
        graph.read(tx -> tx.list(ENQUIRIES, Map.of("challengeIds", List.copyOf(challengeIds)))).forEach(r -> {
            Value answer = r.get("answers").isEmpty() ? null : r.get("answers").get(0);
            result.computeIfAbsent(r.get("challengeId").asString(), id -> new ArrayList<>()).add(new Enquiry(r.get("id").asString(),
                    r.get("askedAt").asZonedDateTime().toInstant(), r.get("title").asString(), r.get("question").asString(),
                    answer == null ? null : answer.get("body").asString(), answer == null ? null : answer.get("createdAt").asZonedDateTime().toInstant()));
        });
        return result;
    }
}
