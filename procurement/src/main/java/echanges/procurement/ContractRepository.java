package echanges.procurement;

import static echanges.procurement.ChallengeRepository.utc;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import echanges.platform.Graph;
import echanges.platform.Tx;

/**
 * The Cypher of contracts. What s. 38–38.2 publish (the contract, the amendments past 10%, the final
 * description) is public; unpublished amendments and performance reports (s. 42–45) are read only by
 * the body's officers and the supplier's members.
 */
final class ContractRepository {

    private static final String OPEN = """
            MATCH (c:Challenge {id: $challengeId})
            OPTIONAL MATCH (b:PublicBody {id: c.bodyId})
            CREATE (c)-[:CONTRACT]->(:Contract {id: $id, challengeId: c.id, bodyId: c.bodyId, jurisdiction: coalesce(b.jurisdiction, ''), awardId: $proposalId, proposalId: $proposalId,
                    supplierId: $supplierId, initialAmount: $amount, amount: $amount, publishedAmount: $amount, currency: $currency,
                    openedAt: $now, status: 'ACTIVE', publishingAmendments: false, version: 1})
            """;
    private static final String LOCK = """
            MATCH (k:Contract {id: $id})
            SET k._lock = true REMOVE k._lock
            RETURN k {.*} AS contract, COUNT { (k)-[:AMENDMENT]->() } AS amendments
            """;
    private static final String AMEND = """
            MATCH (k:Contract {id: $id})
            SET k.amount = $amount, k.publishedAmount = CASE WHEN $published THEN $amount ELSE k.publishedAmount END,
                k.publishingAmendments = k.publishingAmendments OR $published, k.version = k.version + 1
            CREATE (k)-[:AMENDMENT]->(:ContractAmendment {sequence: $sequence, amount: $amount, previousAmount: $previous,
                    additionalExpenditure: $additional, rationale: $rationale, at: $now, published: $published})
            """;
    private static final String COMPLETE = """
            MATCH (k:Contract {id: $id})
            SET k.status = 'COMPLETED', k.endedAt = $endedAt, k.totalPaid = $totalPaid, k.finalDescription = $description,
                k.completedAt = $now, k.version = k.version + 1
            """;
    private static final String FILE_REPORT = """
            MATCH (k:Contract {id: $contractId})
            CREATE (k)-[:PERFORMANCE_REPORT]->(:PerformanceReport {id: $id, contractId: k.id, jurisdiction: k.jurisdiction, text: $text, filedAt: $now,
                    filedBy: $by})
            """;
    private static final String REPORT = """
            MATCH (k:Contract)-[:PERFORMANCE_REPORT]->(r:PerformanceReport {id: $id})
            SET r._lock = true REMOVE r._lock
            RETURN r {.*} AS report, k {.*} AS contract
            """;
    private static final String COMMENT = """
            MATCH (r:PerformanceReport {id: $id})
            SET r.comment = $comment, r.commentedAt = $now, r.commentedBy = $by
            """;
    private static final String DECIDE = """
            MATCH (r:PerformanceReport {id: $id})
            SET r.upheld = $upheld, r.decision = $note, r.decidedAt = $now, r.decidedBy = $by
            """;
    private static final String OF_CHALLENGES = """
            UNWIND $ids AS id
            MATCH (:Challenge {id: id})-[:CONTRACT]->(k:Contract)
            RETURN id, k {.*} AS contract,
                   [(k)-[:AMENDMENT]->(a) WHERE a.published OR k.bodyId IN $officerOf OR k.supplierId IN $supplierOf | a {.*}] AS amendments
            """;
    private static final String BY_IDS = """
            UNWIND $ids AS id
            MATCH (k:Contract {id: id})
            RETURN k {.*} AS contract,
                   [(k)-[:AMENDMENT]->(a) WHERE a.published OR k.bodyId IN $officerOf OR k.supplierId IN $supplierOf | a {.*}] AS amendments
            """;
    private static final String REPORTS = """
            UNWIND $ids AS id
            MATCH (k:Contract {id: id})-[:PERFORMANCE_REPORT]->(r:PerformanceReport)
            WHERE k.bodyId IN $officerOf OR k.supplierId IN $supplierOf
            RETURN id, r {.*} AS report ORDER BY r.filedAt
            """;

    private static final String REPORTS_BY_IDS = """
            UNWIND $ids AS id
            MATCH (k:Contract)-[:PERFORMANCE_REPORT]->(r:PerformanceReport {id: id})
            WHERE k.bodyId IN $officerOf OR k.supplierId IN $supplierOf
            RETURN k.id AS id, r {.*} AS report
            """;

    private final Graph graph;

    ContractRepository(Graph graph) {
        this.graph = graph;
    }

    static void open(Tx tx, String id, String challengeId, String proposalId, String supplierId, BigDecimal amount, String currency, Instant now) {
        tx.run(OPEN, Map.of("id", id, "challengeId", challengeId, "proposalId", proposalId, "supplierId", supplierId,
                "amount", amount.toPlainString(), "currency", currency, "now", utc(now)));
    }

    record Locked(Contracts.Contract contract, int amendments) {
    }

    Optional<Locked> lock(Tx tx, String contractId) {
        return tx.optional(LOCK, Map.of("id", contractId)).map(r -> new Locked(toContract(r.get("contract"), List.of()), r.get("amendments").asInt()));
    }

    void amend(Tx tx, String contractId, int sequence, BigDecimal previous, BigDecimal amount, BigDecimal additional, String rationale,
            boolean published, Instant now) {
        tx.run(AMEND, Map.of("id", contractId, "sequence", sequence, "previous", previous.toPlainString(), "amount", amount.toPlainString(),
                "additional", additional.toPlainString(), "rationale", rationale, "published", published, "now", utc(now)));
    }

    void complete(Tx tx, String contractId, Instant endedAt, BigDecimal totalPaid, String description, Instant now) {
        tx.run(COMPLETE, Map.of("id", contractId, "endedAt", utc(endedAt), "totalPaid", totalPaid.toPlainString(), "description", description,
                "now", utc(now)));
    }

    void fileReport(Tx tx, String id, String contractId, String text, String by, Instant now) {
        tx.run(FILE_REPORT, Map.of("id", id, "contractId", contractId, "text", text, "by", by, "now", utc(now)));
    }

    record ReportAndContract(Contracts.PerformanceReport report, Contracts.Contract contract) {
    }

    Optional<ReportAndContract> lockReport(Tx tx, String reportId) {
        return tx.optional(REPORT, Map.of("id", reportId))
                .map(r -> new ReportAndContract(toReport(r.get("report")), toContract(r.get("contract"), List.of())));
    }

    void comment(Tx tx, String reportId, String comment, String by, Instant now) {
        tx.run(COMMENT, Map.of("id", reportId, "comment", comment, "by", by, "now", utc(now)));
    }

    void decide(Tx tx, String reportId, boolean upheld, String note, String by, Instant now) {
        tx.run(DECIDE, Map.of("id", reportId, "upheld", upheld, "note", note, "by", by, "now", utc(now)));
    }

    Map<String, Contracts.Contract> ofChallenges(Collection<String> challengeIds, Collection<String> officerOf, Collection<String> supplierOf) {
        Map<String, Contracts.Contract> result = new HashMap<>();
        graph.read(tx -> tx.list(OF_CHALLENGES, visibility("ids", challengeIds, officerOf, supplierOf))).forEach(r ->
                result.put(r.get("id").asString(), toContract(r.get("contract"), r.get("amendments").asList(ContractRepository::toAmendment))));
        return result;
    }

    List<Contracts.Contract> byIds(Collection<String> ids, Collection<String> officerOf, Collection<String> supplierOf) {
        return graph.read(tx -> tx.list(BY_IDS, visibility("ids", ids, officerOf, supplierOf))).stream()
                .map(r -> toContract(r.get("contract"), r.get("amendments").asList(ContractRepository::toAmendment))).toList();
    }

    Map<String, List<Contracts.PerformanceReport>> reports(Collection<String> contractIds, Collection<String> officerOf, Collection<String> supplierOf) {
        Map<String, List<Contracts.PerformanceReport>> result = new HashMap<>();
        graph.read(tx -> tx.list(REPORTS, visibility("ids", contractIds, officerOf, supplierOf)))
                .forEach(r -> result.computeIfAbsent(r.get("id").asString(), k -> new ArrayList<>()).add(toReport(r.get("report"))));
        return result;
    }

    List<Contracts.PerformanceReport> reportsByIds(Collection<String> ids, Collection<String> officerOf, Collection<String> supplierOf) {
        return graph.read(tx -> tx.list(REPORTS_BY_IDS, visibility("ids", ids, officerOf, supplierOf))).stream().map(r -> toReport(r.get("report"))).toList();
    }

    private static Map<String, Object> visibility(String name, Collection<String> ids, Collection<String> officerOf, Collection<String> supplierOf) {
        return Map.of(name, List.copyOf(ids), "officerOf", List.copyOf(officerOf), "supplierOf", List.copyOf(supplierOf));
    }

    private static Contracts.Contract toContract(Value k, List<Contracts.Amendment> amendments) {
        return new Contracts.Contract(k.get("id").asString(), k.get("challengeId").asString(), k.get("bodyId").asString(), k.get("jurisdiction").asString(""),
                k.get("proposalId").asString(),
                k.get("supplierId").asString(), new BigDecimal(k.get("initialAmount").asString()), new BigDecimal(k.get("amount").asString()),
                new BigDecimal(k.get("publishedAmount").asString()), k.get("currency").asString(), instant(k.get("openedAt")),
                Contracts.ContractStatus.valueOf(k.get("status").asString()), k.get("publishingAmendments").asBoolean(),
                nullableInstant(k.get("endedAt")), decimal(k.get("totalPaid")), text(k.get("finalDescription")), nullableInstant(k.get("completedAt")),
                amendments.stream().sorted(java.util.Comparator.comparingInt(Contracts.Amendment::sequence)).toList());
    }

    private static Contracts.Amendment toAmendment(Value a) {
        return new Contracts.Amendment(a.get("sequence").asInt(), new BigDecimal(a.get("previousAmount").asString()), new BigDecimal(a.get("amount").asString()),
                new BigDecimal(a.get("additionalExpenditure").asString()), a.get("rationale").asString(), instant(a.get("at")), a.get("published").asBoolean());
    }

    private static Contracts.PerformanceReport toReport(Value r) {
        return new Contracts.PerformanceReport(r.get("id").asString(), r.get("contractId").asString(), r.get("jurisdiction").asString(""),
                r.get("text").asString(), instant(r.get("filedAt")),
                text(r.get("comment")), nullableInstant(r.get("commentedAt")), r.get("upheld").isNull() ? null : r.get("upheld").asBoolean(),
                text(r.get("decision")), nullableInstant(r.get("decidedAt")));
    }

    private static Instant instant(Value value) {
        return value.asZonedDateTime().toInstant();
    }

    private static @Nullable Instant nullableInstant(Value value) {
        return value.isNull() ? null : instant(value);
    }

    private static @Nullable BigDecimal decimal(Value value) {
        return value.isNull() ? null : new BigDecimal(value.asString());
    }

    private static @Nullable String text(Value value) {
        return value.isNull() ? null : value.asString();
    }
}
