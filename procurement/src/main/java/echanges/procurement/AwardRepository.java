package echanges.procurement;

import static echanges.procurement.ChallengeRepository.utc;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import echanges.platform.Graph;
import echanges.platform.Tx;
import echanges.procurement.award.ProposalOutcome;

/** The Cypher of decisions: the draw's seed, each proposal's result, the winner. */
final class AwardRepository {

    private static final String LOCK = """
            MATCH (c:Challenge {id: $id})
            SET c._lock = true REMOVE c._lock
            RETURN c.status AS status, c.openedAt IS NOT NULL AS opened, c.drawSeed AS seed, c.consolidatedAt IS NOT NULL AS consolidated,
                   c.demoDeadline AS demoDeadline, c.currency AS currency,
                   [(c)<-[:FOR]-(p:Proposal {status: 'SUBMITTED'}) | p {.*}] AS filed,
                   [(c)<-[:FOR]-(p:Proposal {status: 'SUBMITTED', finalist: true}) | p.id] AS finalists
            """;
    private static final String RECORD = """
            MATCH (c:Challenge {id: $id})
            SET c.status = $status, c.decidedAt = $now, c.winnerProposalId = $winner, c.updatedAt = $now, c.version = c.version + 1
            WITH c
            UNWIND $outcomes AS o
            MATCH (p:Proposal {id: o.id})-[:FOR]->(c)
            SET p.decided = true, p.won = o.id = $winner, p.rank = o.rank, p.comparedPrice = o.comparedPrice,
                p.adjustedPrice = o.adjustedPrice, p.score = o.score, p.rejection = o.rejection
            """;
    private static final String SHORTLIST = """
            MATCH (c:Challenge {id: $id})
            SET c.status = 'FINALISTS', c.demoDeadline = $deadline, c.shortlistedAt = $now, c.updatedAt = $now, c.version = c.version + 1
            WITH c
            UNWIND $proposalIds AS proposalId
            MATCH (p:Proposal {id: proposalId})-[:FOR]->(c)
            SET p.finalist = true
            """;
    private static final String REJECT = """
            MATCH (p:Proposal {id: $id})
            SET p.status = 'REJECTED', p.rejectionReason = $reason, p.updatedAt = $now, p.version = p.version + 1
            """;
    private static final String DEMO = """
            MATCH (p:Proposal {id: $id})
            SET p.demoUrl = $url, p.demoNotes = $notes, p.demoSubmittedAt = $now
            """;
    private static final String PROPOSAL_CHALLENGE = """
            MATCH (p:Proposal {id: $id})-[:FOR]->(c:Challenge)
            RETURN c.id AS challengeId, p.supplierId AS supplierId
            """;
    /** The shortlist is public, like the opening report; the facade keeps each demo to the body and its supplier. */
    private static final String FINALISTS = """
            UNWIND $ids AS id
            MATCH (c:Challenge {id: id})<-[:FOR]-(p:Proposal {finalist: true})
            RETURN id, c.demoDeadline AS demoDeadline, c.shortlistedAt AS shortlistedAt,
                   collect(p {.id, .supplierId, .demoUrl, .demoNotes, .demoSubmittedAt}) AS finalists
            """;
    private static final String RESULTS = """
            UNWIND $ids AS id
            MATCH (p:Proposal {id: id}) WHERE p.decided
            RETURN p {.*} AS result
            """;
    private static final String WINNERS = """
            UNWIND $ids AS id
            MATCH (c:Challenge {id: id})<-[:FOR]-(p:Proposal) WHERE p.id = c.winnerProposalId
            RETURN id, p {.*} AS result
            """;
    private static final String DECIDED_SUPPLIERS = """
            MATCH (:Challenge {id: $id})<-[:FOR]-(p:Proposal) WHERE p.decided
            RETURN collect(DISTINCT p.supplierId) AS suppliers
            """;
    private static final String DRAWS = """
            UNWIND $ids AS id
            MATCH (c:Challenge {id: id}) WHERE c.drawCommitment IS NOT NULL
            RETURN id, c.drawCommitment AS commitment,
                   CASE WHEN c.status IN ['AWARDED', 'UNSUCCESSFUL'] THEN c.drawSeed END AS seed
            """;

    private final Graph graph;

    AwardRepository(Graph graph) {
        this.graph = graph;
    }

    record Decidable(ChallengeStatus status, boolean opened, String seed, boolean consolidated, @Nullable Instant demoDeadline, String currency,
                     List<Proposal> filed, List<String> finalists) {
    }

    Optional<Decidable> lock(Tx tx, String challengeId) {
        return tx.optional(LOCK, Map.of("id", challengeId)).map(r -> new Decidable(ChallengeStatus.valueOf(r.get("status").asString()),
                r.get("opened").asBoolean(), r.get("seed").asString(""), r.get("consolidated").asBoolean(),
                r.get("demoDeadline").isNull() ? null : r.get("demoDeadline").asZonedDateTime().toInstant(), r.get("currency").asString(),
                r.get("filed").asList(ProposalRepository::toProposal), r.get("finalists").asList(Value::asString)));
    }

    void shortlist(Tx tx, String challengeId, List<String> proposalIds, Instant deadline, Instant now) {
        tx.run(SHORTLIST, Map.of("id", challengeId, "proposalIds", proposalIds, "deadline", utc(deadline), "now", utc(now)));
    }

    void reject(Tx tx, String proposalId, String reason, Instant now) {
        tx.run(REJECT, Map.of("id", proposalId, "reason", reason, "now", utc(now)));
    }

    void demo(Tx tx, String proposalId, String url, @Nullable String notes, Instant now) {
        tx.run(DEMO, Tx.params("id", proposalId, "url", url, "notes", notes, "now", utc(now)));
    }

    /** The challenge and supplier of a proposal, for checks made before a write; no content. */
    Optional<Map.Entry<String, String>> challengeOf(Tx tx, String proposalId) {
        return tx.optional(PROPOSAL_CHALLENGE, Map.of("id", proposalId))
                .map(r -> Map.entry(r.get("challengeId").asString(), r.get("supplierId").asString()));
    }

    record FinalistRow(String proposalId, String supplierId, @Nullable String demoUrl, @Nullable String demoNotes, @Nullable Instant demoSubmittedAt) {
    }

    record Shortlisted(String challengeId, Instant demoDeadline, Instant shortlistedAt, List<FinalistRow> finalists) {
    }

    Map<String, Shortlisted> shortlists(Collection<String> challengeIds) {
        Map<String, Shortlisted> result = new HashMap<>();
        graph.read(tx -> tx.list(FINALISTS, Map.of("ids", List.copyOf(challengeIds)))).forEach(r -> result.put(r.get("id").asString(),
                new Shortlisted(r.get("id").asString(), r.get("demoDeadline").asZonedDateTime().toInstant(), r.get("shortlistedAt").asZonedDateTime().toInstant(),
                        r.get("finalists").asList(f -> new FinalistRow(f.get("id").asString(), f.get("supplierId").asString(),
                                f.get("demoUrl").isNull() ? null : f.get("demoUrl").asString(), f.get("demoNotes").isNull() ? null : f.get("demoNotes").asString(),
                                f.get("demoSubmittedAt").isNull() ? null : f.get("demoSubmittedAt").asZonedDateTime().toInstant())))));
        return result;
    }

    /** Notes a rejection for a proposal set aside before the decision (not shortlisted), beside the decision's outcomes. */
    static Map<String, Object> setAside(String proposalId, String reason) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", proposalId);
        row.put("rank", null);
        row.put("comparedPrice", null);
        row.put("adjustedPrice", null);
        row.put("score", null);
        row.put("rejection", reason);
        return row;
    }

    void record(Tx tx, String challengeId, List<ProposalOutcome> outcomes, List<Map<String, Object>> setAside, @Nullable String winnerId,
            ChallengeStatus status, Instant now) {
        List<Map<String, Object>> rows = new java.util.ArrayList<>(outcomes.stream().map(o -> {
            Map<String, Object> row = new HashMap<>();
            row.put("id", o.proposalId());
            row.put("rank", o.rank());
            row.put("comparedPrice", plain(o.comparedPrice()));
            row.put("adjustedPrice", plain(o.adjustedPrice()));
            row.put("score", o.finalScore() == null ? null : o.finalScore().value().toPlainString());
            row.put("rejection", o.rejections().isEmpty() ? null : o.rejections().getFirst().explanation());
            return row;
        }).toList());
        rows.addAll(setAside);
        tx.run(RECORD, Tx.params("id", challengeId, "status", status.name(), "now", utc(now), "winner", winnerId, "outcomes", rows));
    }

    List<AwardResult> results(Collection<String> proposalIds) {
        return graph.read(tx -> tx.list(RESULTS, Map.of("ids", List.copyOf(proposalIds)))).stream().map(r -> toResult(r.get("result"))).toList();
    }

    Map<String, AwardResult> winners(Collection<String> challengeIds) {
        Map<String, AwardResult> result = new HashMap<>();
        graph.read(tx -> tx.list(WINNERS, Map.of("ids", List.copyOf(challengeIds))))
                .forEach(r -> result.put(r.get("id").asString(), toResult(r.get("result"))));
        return result;
    }

    java.util.Set<String> decidedSuppliers(String challengeId) {
        return java.util.Set.copyOf(graph.read(tx -> tx.single(DECIDED_SUPPLIERS, Map.of("id", challengeId))).get("suppliers").asList(Value::asString));
    }

    Map<String, Awards.Draw> draws(Collection<String> challengeIds) {
        Map<String, Awards.Draw> result = new HashMap<>();
        graph.read(tx -> tx.list(DRAWS, Map.of("ids", List.copyOf(challengeIds)))).forEach(r -> result.put(r.get("id").asString(),
                new Awards.Draw(r.get("commitment").asString(), r.get("seed").isNull() ? null : r.get("seed").asString())));
        return result;
    }

    private static AwardResult toResult(Value p) {
        return new AwardResult(p.get("id").asString(), p.get("supplierId").asString(), p.get("won").asBoolean(false),
                p.get("rank").isNull() ? null : p.get("rank").asInt(), new BigDecimal(p.get("price").asString()),
                decimal(p.get("comparedPrice")), decimal(p.get("adjustedPrice")), decimal(p.get("score")),
                p.get("rejection").isNull() ? null : p.get("rejection").asString());
    }

    private static @Nullable BigDecimal decimal(Value value) {
        return value.isNull() ? null : new BigDecimal(value.asString());
    }

    private static @Nullable String plain(@Nullable BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
