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
            RETURN c.status AS status, c.openedAt IS NOT NULL AS opened, c.drawSeed AS seed,
                   [(c)<-[:FOR]-(p:Proposal {status: 'SUBMITTED'}) | p {.*}] AS filed
            """;
    private static final String RECORD = """
            MATCH (c:Challenge {id: $id})
            SET c.status = $status, c.decidedAt = $now, c.winnerProposalId = $winner, c.updatedAt = $now, c.version = c.version + 1
            WITH c
            UNWIND $outcomes AS o
            MATCH (p:Proposal {id: o.id})
            SET p.decided = true, p.won = o.id = $winner, p.rank = o.rank, p.comparedPrice = o.comparedPrice,
                p.adjustedPrice = o.adjustedPrice, p.score = o.score, p.rejection = o.rejection
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

    record Decidable(ChallengeStatus status, boolean opened, String seed, List<Proposal> filed) {
    }

    Optional<Decidable> lock(Tx tx, String challengeId) {
        return tx.optional(LOCK, Map.of("id", challengeId)).map(r -> new Decidable(ChallengeStatus.valueOf(r.get("status").asString()),
                r.get("opened").asBoolean(), r.get("seed").asString(""), r.get("filed").asList(ProposalRepository::toProposal)));
    }

    void record(Tx tx, String challengeId, List<ProposalOutcome> outcomes, @Nullable String winnerId, ChallengeStatus status, Instant now) {
        List<Map<String, Object>> rows = outcomes.stream().map(o -> {
            Map<String, Object> row = new HashMap<>();
            row.put("id", o.proposalId());
            row.put("rank", o.rank());
            row.put("comparedPrice", plain(o.comparedPrice()));
            row.put("adjustedPrice", plain(o.adjustedPrice()));
            row.put("score", o.finalScore() == null ? null : o.finalScore().value().toPlainString());
            row.put("rejection", o.rejections().isEmpty() ? null : o.rejections().getFirst().explanation());
            return row;
        }).toList();
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
