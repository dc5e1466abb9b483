package echanges.procurement;

import static echanges.procurement.ChallengeRepository.utc;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import echanges.platform.Graph;
import echanges.platform.Tx;
import echanges.platform.Viewer;
import echanges.procurement.calendar.TaxCertificate;

/**
 * The Cypher of proposals. Sealing is decided here, in every read: before closing only the
 * supplier's members see a proposal; after it, the issuing body's officers see the filed ones. A
 * member of the selection committee, officer or not, sees the filed proposals only once they are
 * opened and only after declaring no conflict of interest, and never their price until the
 * evaluation is consolidated (s. 24). Suppliers and challenges are matched by id only.
 */
final class ProposalRepository {

    private static final String VISIBLE = """
            (p.supplierId IN $supplierOf
             OR (c.status IN ['CLOSED', 'FINALISTS', 'AWARDED', 'UNSUCCESSFUL', 'CANCELLED'] AND p.status IN ['SUBMITTED', 'REJECTED']
                 AND CASE WHEN EXISTS { (c)-[:COMMITTEE]->(:CommitteeMember {personId: $personId}) }
                          THEN c.openedAt IS NOT NULL AND EXISTS { (c)-[:COMMITTEE]->(:CommitteeMember {personId: $personId, conflict: false}) }
                          ELSE c.bodyId IN $officerOf END))""";
    private static final String FIELDS = """
            p {.*, price: CASE WHEN c.consolidatedAt IS NULL AND NOT p.supplierId IN $supplierOf
                                    AND EXISTS { (c)-[:COMMITTEE]->(:CommitteeMember {personId: $personId}) }
                               THEN null ELSE p.price END}""";

    private static final String CHALLENGE = """
            MATCH (c:Challenge {id: $challengeId})
            SET c._lock = true REMOVE c._lock
            RETURN c.status AS status, c.closesAt AS closesAt, c.bodyId AS bodyId, c.awardRule AS awardRule
            """;
    private static final String OWN = """
            MATCH (p:Proposal {challengeId: $challengeId, supplierId: $supplierId})
            RETURN p {.*} AS proposal
            """;
    private static final String CREATE = """
            MATCH (s:Supplier {id: $supplierId}), (c:Challenge {id: $challengeId})
            CREATE (s)-[:PROPOSED]->(p:Proposal {id: $id, challengeId: $challengeId, supplierId: $supplierId, status: 'DRAFT',
                    updatedAt: $now, version: 1})-[:FOR]->(c)
            SET p += $content
            """;
    private static final String UPDATE = """
            MATCH (p:Proposal {id: $id})
            SET p += $content, p.updatedAt = $now, p.version = p.version + 1
            """;
    private static final String STATUS = """
            UNWIND $ids AS id
            MATCH (p:Proposal {id: id})
            SET p.status = $status, p.rejectionReason = $reason, p.updatedAt = $now, p.version = p.version + 1,
                p.submittedAt = CASE WHEN $status = 'SUBMITTED' THEN $now ELSE p.submittedAt END
            """;
    private static final String BY_IDS = """
            UNWIND $ids AS id
            MATCH (p:Proposal {id: id})-[:FOR]->(c:Challenge)
            WHERE %s
            RETURN %s AS proposal
            """.formatted(VISIBLE, FIELDS);
    private static final String OF_CHALLENGES = """
            UNWIND $challengeIds AS challengeId
            MATCH (c:Challenge {id: challengeId})<-[:FOR]-(p:Proposal)
            WHERE %s
            WITH challengeId, c, p ORDER BY p.updatedAt DESC, p.id
            RETURN challengeId, collect(%s) AS proposals
            """.formatted(VISIBLE, FIELDS);
    private static final String RECEIVED = """
            UNWIND $challengeIds AS challengeId
            MATCH (c:Challenge {id: challengeId})
            RETURN challengeId, COUNT { (c)<-[:FOR]-(p:Proposal) WHERE p.status = 'SUBMITTED' } AS received
            """;
    private static final String TO_OPEN = """
            MATCH (c:Challenge {status: 'CLOSED'}) WHERE c.openedAt IS NULL
            SET c._lock = true REMOVE c._lock
            // Read again under the lock: another node may have opened it while this one waited.
            WITH c WHERE c.openedAt IS NULL
            RETURN c.id AS id, c.closesAt AS closesAt, c.awardRule AS awardRule,
                   [(s:Supplier)-[:PROPOSED]->(p:Proposal {status: 'SUBMITTED'})-[:FOR]->(c) | p {.*, supplierName: s.name}] AS filed
            LIMIT $limit
            """;
    private static final String OPENED = """
            MATCH (c:Challenge {id: $id})
            SET c.openedAt = $now, c.openingSupplierIds = $supplierIds, c.openingSupplierNames = $names,
                c.openingPrices = $prices, c.version = c.version + 1
            """;
    private static final String REPORTS = """
            UNWIND $challengeIds AS challengeId
            MATCH (c:Challenge {id: challengeId}) WHERE c.openedAt IS NOT NULL
            RETURN c.id AS id, c.openedAt AS openedAt, c.openingSupplierIds AS supplierIds, c.openingSupplierNames AS names,
                   c.openingPrices AS prices
            """;

    private final Graph graph;

    ProposalRepository(Graph graph) {
        this.graph = graph;
    }

    record OpenChallenge(ChallengeStatus status, Instant closesAt, String bodyId) {
    }

    Optional<OpenChallenge> lockChallenge(Tx tx, String challengeId) {
        return tx.optional(CHALLENGE, Map.of("challengeId", challengeId)).map(r -> new OpenChallenge(ChallengeStatus.valueOf(r.get("status").asString()),
                r.get("closesAt").asZonedDateTime().toInstant(), r.get("bodyId").asString()));
    }

    List<Proposal> own(Tx tx, String challengeId, String supplierId) {
        return tx.list(OWN, Map.of("challengeId", challengeId, "supplierId", supplierId)).stream().map(r -> toProposal(r.get("proposal"))).toList();
    }

    void create(Tx tx, String id, String challengeId, String supplierId, ProposalContent content, Instant now) {
        tx.run(CREATE, Map.of("id", id, "challengeId", challengeId, "supplierId", supplierId, "content", properties(content), "now", utc(now)));
    }

    void update(Tx tx, String id, ProposalContent content, Instant now) {
        tx.run(UPDATE, Map.of("id", id, "content", properties(content), "now", utc(now)));
    }

    void setStatus(Tx tx, List<String> ids, ProposalStatus status, @Nullable String reason, Instant now) {
        tx.run(STATUS, Tx.params("ids", ids, "status", status.name(), "reason", reason, "now", utc(now)));
    }

    List<Proposal> byIds(Collection<String> ids, Viewer viewer) {
        return graph.read(tx -> tx.list(BY_IDS, visibility(viewer, "ids", ids))).stream().map(r -> toProposal(r.get("proposal"))).toList();
    }

    Map<String, List<Proposal>> ofChallenges(Collection<String> challengeIds, Viewer viewer) {
        Map<String, List<Proposal>> result = new java.util.HashMap<>();
        for (String id : challengeIds) result.put(id, List.of());
        graph.read(tx -> tx.list(OF_CHALLENGES, visibility(viewer, "challengeIds", challengeIds)))
                .forEach(r -> result.put(r.get("challengeId").asString(), r.get("proposals").asList(ProposalRepository::toProposal)));
        return result;
    }

    Map<String, Integer> received(Collection<String> challengeIds) {
        Map<String, Integer> result = new java.util.HashMap<>();
        graph.read(tx -> tx.list(RECEIVED, Map.of("challengeIds", List.copyOf(challengeIds))))
                .forEach(r -> result.put(r.get("challengeId").asString(), r.get("received").asInt()));
        return result;
    }

    record ToOpen(String challengeId, Instant closesAt, boolean priceOnly, List<Proposal> filed, Map<String, String> supplierNames) {
    }

    List<ToOpen> toOpen(Tx tx, int limit) {
        return tx.list(TO_OPEN, Map.of("limit", limit)).stream().map(r -> {
            Map<String, String> names = new java.util.HashMap<>();
            List<Proposal> filed = r.get("filed").asList(v -> {
                names.put(v.get("supplierId").asString(), v.get("supplierName").asString());
                return toProposal(v);
            });
            return new ToOpen(r.get("id").asString(), r.get("closesAt").asZonedDateTime().toInstant(),
                    "PRICE_ONLY".equals(r.get("awardRule").asString(null)), filed, names);
        }).toList();
    }

    void opened(Tx tx, String challengeId, List<OpeningReport.Line> lines, Instant now) {
        tx.run(OPENED, Map.of("id", challengeId, "now", utc(now),
                "supplierIds", lines.stream().map(OpeningReport.Line::supplierId).toList(),
                "names", lines.stream().map(OpeningReport.Line::supplierName).toList(),
                "prices", lines.stream().map(l -> l.price() == null ? "" : l.price().toPlainString()).toList()));
    }

    Map<String, OpeningReport> reports(Collection<String> challengeIds) {
        Map<String, OpeningReport> result = new java.util.HashMap<>();
        graph.read(tx -> tx.list(REPORTS, Map.of("challengeIds", List.copyOf(challengeIds)))).forEach(r -> {
            List<String> ids = r.get("supplierIds").asList(Value::asString);
            List<String> names = r.get("names").asList(Value::asString);
            List<String> prices = r.get("prices").asList(Value::asString);
            List<OpeningReport.Line> lines = new java.util.ArrayList<>();
            for (int i = 0; i < ids.size(); i++)
                lines.add(new OpeningReport.Line(ids.get(i), names.get(i), prices.get(i).isEmpty() ? null : new BigDecimal(prices.get(i))));
            result.put(r.get("id").asString(), new OpeningReport(r.get("id").asString(), r.get("openedAt").asZonedDateTime().toInstant(), lines));
        });
        return result;
    }

    private static Map<String, Object> visibility(Viewer viewer, String name, Collection<String> ids) {
        return Tx.params(name, List.copyOf(ids), "supplierOf", List.copyOf(viewer.supplierMemberOf()), "officerOf", List.copyOf(viewer.officerOf()),
                "personId", viewer.personId());
    }

    private static Map<String, Object> properties(ProposalContent c) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("price", c.price().toPlainString());
        p.put("technicalApproach", c.technicalApproach());
        p.put("team", c.team());
        p.put("licence", c.licence().strip());
        p.put("qualityDemonstration", c.qualityDemonstration());
        p.put("attachments", c.attachments());
        p.put("declarations", c.declarations());
        p.put("taxCertificateNumber", c.taxCertificate() == null ? null : c.taxCertificate().number());
        p.put("taxCertificateIssuedOn", c.taxCertificate() == null ? null : c.taxCertificate().issuedOn());
        return p;
    }

    static Proposal toProposal(Value p) {
        TaxCertificate certificate = p.get("taxCertificateNumber").isNull() ? null
                : new TaxCertificate(p.get("taxCertificateNumber").asString(), p.get("taxCertificateIssuedOn").asLocalDate());
        return new Proposal(p.get("id").asString(), p.get("challengeId").asString(), p.get("supplierId").asString(),
                ProposalStatus.valueOf(p.get("status").asString()), p.get("price").isNull() ? null : new BigDecimal(p.get("price").asString()),
                p.get("technicalApproach").asString(), p.get("team").asString(), p.get("licence").asString(),
                p.get("qualityDemonstration").asList(Value::asString), p.get("attachments").asList(Value::asString), certificate,
                p.get("declarations").asList(Value::asString), p.get("rejectionReason").isNull() ? null : p.get("rejectionReason").asString(),
                p.get("updatedAt").asZonedDateTime().toInstant(),
                p.get("submittedAt").isNull() ? null : p.get("submittedAt").asZonedDateTime().toInstant());
    }
}
