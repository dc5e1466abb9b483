package echanges.procurement;

import static echanges.procurement.ChallengeRepository.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import echanges.platform.Graph;
import echanges.platform.Tx;
import echanges.procurement.award.QualityScoresheet;
import echanges.procurement.award.Score;

/**
 * The Cypher of selection committees: members (by person id), their declarations, their
 * scoresheets and the consolidation. Scoresheets hold scores only; the price lives on the proposal
 * and the committee's reads never return it before consolidation (s. 24).
 */
final class EvaluationRepository {

    private static final String LOCK = """
            MATCH (c:Challenge {id: $id})
            SET c._lock = true REMOVE c._lock
            WITH c
            OPTIONAL MATCH (b:PublicBody {id: c.bodyId})
            RETURN c.status AS status, c.bodyId AS bodyId, c.openedAt IS NOT NULL AS opened, c.consolidatedAt AS consolidatedAt,
                   b.jurisdiction AS jurisdiction,
                   [(c)-[:COMMITTEE]->(m:CommitteeMember) | m {.*}] AS members,
                   [(c)<-[:FOR]-(p:Proposal {status: 'SUBMITTED'}) | p.id] AS underEvaluation,
                   COUNT { (c)-[:COMMITTEE]->(:CommitteeMember)-[:SCORED]->(:Scoresheet) } AS sheets
            """;
    private static final String PEOPLE = "UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN collect(p.id) AS found";
    private static final String ASSIGN = """
            MATCH (c:Challenge {id: $id})
            OPTIONAL MATCH (c)-[:COMMITTEE]->(old:CommitteeMember)
            DETACH DELETE old
            WITH DISTINCT c
            UNWIND $members AS member
            CREATE (c)-[:COMMITTEE]->(:CommitteeMember {challengeId: c.id, personId: member.personId, role: member.role, assignedAt: $now})
            """;
    private static final String DECLARE = """
            MATCH (:Challenge {id: $id})-[:COMMITTEE]->(m:CommitteeMember {personId: $personId})
            SET m.declaredAt = $now, m.conflict = $conflict, m.statement = $statement
            """;
    private static final String PROPOSAL = """
            MATCH (p:Proposal {id: $id})-[:FOR]->(c:Challenge)
            RETURN c.id AS challengeId, p.status AS status
            """;
    private static final String SCORE = """
            MATCH (:Challenge {id: $challengeId})-[:COMMITTEE]->(m:CommitteeMember {personId: $personId})
            OPTIONAL MATCH (m)-[:SCORED]->(old:Scoresheet {proposalId: $proposalId})
            DETACH DELETE old
            WITH DISTINCT m
            CREATE (m)-[:SCORED]->(:Scoresheet {proposalId: $proposalId, evaluatorId: $personId, criterionIds: $criteria,
                    scores: $scores, comment: $comment, at: $now})
            """;
    private static final String SHEETS = """
            MATCH (:Challenge {id: $id})-[:COMMITTEE]->(:CommitteeMember)-[:SCORED]->(s:Scoresheet)
            RETURN s {.*} AS sheet
            """;
    private static final String CONSOLIDATE = """
            MATCH (c:Challenge {id: $id})
            SET c.consolidatedAt = $now, c.version = c.version + 1
            WITH c
            UNWIND $rows AS row
            MATCH (p:Proposal {id: row.proposalId})-[:FOR]->(c)
            SET p.consolidatedCriteria = row.criteria, p.consolidatedScores = row.scores
            """;
    /** Members and declarations are shown to the body's officers and to the members themselves. */
    private static final String COMMITTEES = """
            UNWIND $ids AS id
            MATCH (c:Challenge {id: id})
            WHERE EXISTS { (c)-[:COMMITTEE]->(:CommitteeMember) }
              AND (c.bodyId IN $officerOf OR EXISTS { (c)-[:COMMITTEE]->(:CommitteeMember {personId: $personId}) })
            RETURN id, c.consolidatedAt AS consolidatedAt,
                   [(c)-[:COMMITTEE]->(m:CommitteeMember) | m {.*, sheets: COUNT { (m)-[:SCORED]->(:Scoresheet) }}] AS members
            """;
    /**
     * Scoresheets: each evaluator sees their own, the secretary all of them, once cleared of conflicts;
     * the body's officers who are not on the committee see all of them.
     */
    private static final String SHEETS_OF_PROPOSALS = """
            UNWIND $ids AS id
            MATCH (c:Challenge)<-[:FOR]-(p:Proposal {id: id})
            MATCH (c)-[:COMMITTEE]->(m:CommitteeMember)-[:SCORED]->(s:Scoresheet {proposalId: id})
            WITH id, c, s,
                 head([(c)-[:COMMITTEE]->(me:CommitteeMember {personId: $personId}) | me]) AS me
            WHERE (me IS NULL AND c.bodyId IN $officerOf)
               OR (me IS NOT NULL AND me.conflict = false AND (me.role = 'SECRETARY' OR s.evaluatorId = $personId))
            RETURN id, s {.*} AS sheet ORDER BY s.at
            """;
    private static final String CONSOLIDATED = """
            UNWIND $ids AS id
            MATCH (c:Challenge)<-[:FOR]-(p:Proposal {id: id})
            WHERE p.consolidatedScores IS NOT NULL
            RETURN id, p.consolidatedCriteria AS criteria, p.consolidatedScores AS scores
            """;

    private final Graph graph;

    EvaluationRepository(Graph graph) {
        this.graph = graph;
    }

    record Member(String personId, String role, @Nullable Instant declaredAt, @Nullable Boolean conflict, @Nullable String statement, int sheets) {
        boolean scoring() {
            return "EVALUATOR".equals(role) && Boolean.FALSE.equals(conflict);
        }
    }

    record Locked(ChallengeStatus status, String bodyId, boolean opened, @Nullable Instant consolidatedAt, @Nullable String jurisdiction,
                  List<Member> members, List<String> underEvaluation, int sheets) {
        Optional<Member> member(@Nullable String personId) {
            return members.stream().filter(m -> m.personId().equals(personId)).findFirst();
        }
    }

    Optional<Locked> lock(Tx tx, String challengeId) {
        return tx.optional(LOCK, Map.of("id", challengeId)).map(r -> new Locked(ChallengeStatus.valueOf(r.get("status").asString()),
                r.get("bodyId").asString(), r.get("opened").asBoolean(), instant(r.get("consolidatedAt")),
                r.get("jurisdiction").isNull() ? null : r.get("jurisdiction").asString(),
                r.get("members").asList(EvaluationRepository::toMember), r.get("underEvaluation").asList(Value::asString), r.get("sheets").asInt()));
    }

    List<String> existingPeople(Tx tx, List<String> personIds) {
        return tx.optional(PEOPLE, Map.of("ids", personIds)).map(r -> r.get("found").asList(Value::asString)).orElse(List.of());
    }

    void assign(Tx tx, String challengeId, String secretaryId, List<String> evaluatorIds, Instant now) {
        List<Map<String, Object>> members = new ArrayList<>();
        members.add(Map.of("personId", secretaryId, "role", "SECRETARY"));
        evaluatorIds.forEach(e -> members.add(Map.of("personId", e, "role", "EVALUATOR")));
        tx.run(ASSIGN, Map.of("id", challengeId, "members", members, "now", utc(now)));
    }

    void declare(Tx tx, String challengeId, String personId, boolean conflict, String statement, Instant now) {
        tx.run(DECLARE, Map.of("id", challengeId, "personId", personId, "conflict", conflict, "statement", statement, "now", utc(now)));
    }

    record ProposalRef(String challengeId, ProposalStatus status) {
    }

    Optional<ProposalRef> proposal(Tx tx, String proposalId) {
        return tx.optional(PROPOSAL, Map.of("id", proposalId))
                .map(r -> new ProposalRef(r.get("challengeId").asString(), ProposalStatus.valueOf(r.get("status").asString())));
    }

    void score(Tx tx, String challengeId, QualityScoresheet sheet, @Nullable String comment, Instant now) {
        List<String> criteria = sheet.scores().keySet().stream().sorted().toList();
        tx.run(SCORE, Tx.params("challengeId", challengeId, "personId", sheet.evaluatorId(), "proposalId", sheet.proposalId(),
                "criteria", criteria, "scores", criteria.stream().map(c -> sheet.scores().get(c).value().toPlainString()).toList(),
                "comment", comment, "now", utc(now)));
    }

    List<QualityScoresheet> sheets(Tx tx, String challengeId) {
        return tx.list(SHEETS, Map.of("id", challengeId)).stream().map(r -> toSheet(r.get("sheet")).sheet()).toList();
    }

    void consolidate(Tx tx, String challengeId, Map<String, SortedMap<String, Score>> consolidated, Instant now) {
        List<Map<String, Object>> rows = consolidated.entrySet().stream().map(e -> Map.<String, Object>of("proposalId", e.getKey(),
                "criteria", List.copyOf(e.getValue().keySet()),
                "scores", e.getValue().values().stream().map(s -> s.value().toPlainString()).toList())).toList();
        tx.run(CONSOLIDATE, Map.of("id", challengeId, "rows", rows, "now", utc(now)));
    }

    record CommitteeView(String challengeId, @Nullable Instant consolidatedAt, List<Member> members) {
    }

    Map<String, CommitteeView> committees(Collection<String> challengeIds, @Nullable String personId, Collection<String> officerOf) {
        Map<String, CommitteeView> result = new HashMap<>();
        graph.read(tx -> tx.list(COMMITTEES, Tx.params("ids", List.copyOf(challengeIds), "personId", personId, "officerOf", List.copyOf(officerOf))))
                .forEach(r -> result.put(r.get("id").asString(), new CommitteeView(r.get("id").asString(), instant(r.get("consolidatedAt")),
                        r.get("members").asList(EvaluationRepository::toMember))));
        return result;
    }

    record Sheet(QualityScoresheet sheet, @Nullable String comment, Instant at) {
    }

    Map<String, List<Sheet>> sheetsOf(Collection<String> proposalIds, @Nullable String personId, Collection<String> officerOf) {
        Map<String, List<Sheet>> result = new HashMap<>();
        graph.read(tx -> tx.list(SHEETS_OF_PROPOSALS, Tx.params("ids", List.copyOf(proposalIds), "personId", personId, "officerOf", List.copyOf(officerOf))))
                .forEach(r -> result.computeIfAbsent(r.get("id").asString(), k -> new ArrayList<>()).add(toSheet(r.get("sheet"))));
        return result;
    }

    /** Consolidated scores per proposal id, for the award (in the award's transaction). */
    Map<String, Map<String, Score>> consolidated(Tx tx, Collection<String> proposalIds) {
        Map<String, Map<String, Score>> result = new HashMap<>();
        tx.list(CONSOLIDATED, Map.of("ids", List.copyOf(proposalIds))).forEach(r -> {
            List<String> criteria = r.get("criteria").asList(Value::asString);
            List<String> scores = r.get("scores").asList(Value::asString);
            Map<String, Score> byCriterion = new HashMap<>();
            for (int i = 0; i < criteria.size(); i++) byCriterion.put(criteria.get(i), Score.of(scores.get(i)));
            result.put(r.get("id").asString(), byCriterion);
        });
        return result;
    }

    private static Sheet toSheet(Value s) {
        List<String> criteria = s.get("criterionIds").asList(Value::asString);
        List<String> scores = s.get("scores").asList(Value::asString);
        Map<String, Score> byCriterion = new HashMap<>();
        for (int i = 0; i < criteria.size(); i++) byCriterion.put(criteria.get(i), Score.of(scores.get(i)));
        return new Sheet(new QualityScoresheet(s.get("proposalId").asString(), s.get("evaluatorId").asString(), byCriterion),
                s.get("comment").isNull() ? null : s.get("comment").asString(), s.get("at").asZonedDateTime().toInstant());
    }

    private static Member toMember(Value m) {
        return new Member(m.get("personId").asString(), m.get("role").asString(), instant(m.get("declaredAt")),
                m.get("conflict").isNull() ? null : m.get("conflict").asBoolean(), m.get("statement").isNull() ? null : m.get("statement").asString(),
                m.get("sheets").isNull() ? 0 : m.get("sheets").asInt());
    }

    private static @Nullable Instant instant(Value value) {
        return value.isNull() ? null : value.asZonedDateTime().toInstant();
    }
}
