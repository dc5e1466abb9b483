package echanges.procurement.opendata;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import echanges.platform.Graph;
import echanges.platform.Tx;

/**
 * The Cypher of releases: the public state a release is made of, the releases themselves (only
 * ever created, in the transaction of their step), and their reads.
 */
final class ReleaseRepository {

    /**
     * Public fields only, named one by one: the draw seed, the opening prices and every proposal
     * stay out; the opening fields exist from the opening on, the winner from the decision on; of
     * a contract, its initial amount and its amendments (those published are picked in Java), never
     * its current amount, which an unpublished amendment may have changed.
     */
    private static final String PUBLIC_STATE = """
            MATCH (b:PublicBody)-[:ISSUED]->(c:Challenge {id: $id})
            RETURN c {.id, .title, .description, .language, .status, .budgetCeiling, .currency, .publishedAt, .closesAt, .awardRule,
                      .criterionNames, .criterionWeights, .openedAt, .openingSupplierIds, .openingSupplierNames, .decidedAt} AS challenge,
                   b {.id, .name} AS body,
                   [(c)-[:HAS_ADDENDUM]->(a:Addendum) | a {.number, .text, .publishedAt, .closingShiftReason}] AS addenda,
                   [(c)<-[:FOR]-(p:Proposal)<-[:PROPOSED]-(s:Supplier) WHERE p.id = c.winnerProposalId AND c.decidedAt IS NOT NULL
                       | {proposalId: p.id, supplierId: s.id, supplierName: s.name, price: p.price}] AS winners,
                   [(c)-[:CONTRACT]->(k:Contract) | k {.id, .awardId, .supplierId, initialAmount: coalesce(k.initialAmount, k.amount), .currency, .openedAt, .status, .finalDescription,
                       .endedAt, supplierName: COLLECT { MATCH (s:Supplier {id: k.supplierId}) RETURN s.name }[0],
                       amendments: [(k)-[:AMENDMENT]->(m:ContractAmendment) | m {.sequence, .amount, .rationale, .at, .published}]}]
                       AS contracts
            """;
    private static final String CREATE = """
            MATCH (c:Challenge {id: $id})
            WITH c, COUNT { (c)-[:RELEASE]->(:OcdsRelease) } + 1 AS sequence
            CREATE (c)-[:RELEASE]->(:OcdsRelease {id: c.id + '-' + sequence, challengeId: c.id, sequence: sequence, tags: $tags,
                    date: $date, json: $json})
            """;
    private static final String OF_CHALLENGES = """
            UNWIND $ids AS id
            MATCH (:Challenge {id: id})-[:RELEASE]->(r:OcdsRelease)
            RETURN r.challengeId AS challengeId, r.sequence AS sequence, r.date AS date, r.json AS json
            ORDER BY r.date, r.sequence
            """;
    private static final String FEED = """
            MATCH (r:OcdsRelease)
            WHERE ($since IS NULL OR r.date >= $since)
              AND ($afterDate IS NULL OR r.date > $afterDate
                   OR (r.date = $afterDate AND (r.challengeId > $afterChallenge OR (r.challengeId = $afterChallenge AND r.sequence > $afterSequence))))
            RETURN r.challengeId AS challengeId, r.sequence AS sequence, r.date AS date, r.json AS json
            ORDER BY r.date, r.challengeId, r.sequence
            LIMIT $limit
            """;

    /** A stored release: its content without ocid and id, which are added when it is published. */
    record Stored(String challengeId, int sequence, Instant date, String json) {
    }

    private final Graph graph;

    ReleaseRepository(Graph graph) {
        this.graph = graph;
    }

    static Optional<PublicState> publicState(Tx tx, String challengeId) {
        return tx.optional(PUBLIC_STATE, Map.of("id", challengeId)).map(ReleaseRepository::toState);
    }

    static void create(Tx tx, String challengeId, List<String> tags, Instant date, String json) {
        tx.run(CREATE, Map.of("id", challengeId, "tags", tags, "date", utc(date), "json", json));
    }

    /** The releases of each challenge among {@code ids} that has any, oldest first. */
    Map<String, List<Stored>> ofChallenges(Collection<String> ids) {
        Map<String, List<Stored>> result = new LinkedHashMap<>();
        graph.read(tx -> tx.list(OF_CHALLENGES, Map.of("ids", List.copyOf(ids))))
                .forEach(r -> result.computeIfAbsent(r.get("challengeId").asString(), id -> new java.util.ArrayList<>()).add(toStored(r)));
        return result;
    }

    /** Releases of every challenge, by date (then challenge and sequence), from {@code since} and after the cursor's release. */
    List<Stored> feed(@Nullable Instant since, @Nullable ReleaseCursor after, int limit) {
        return graph.read(tx -> tx.list(FEED, Tx.params("since", since == null ? null : utc(since),
                "afterDate", after == null ? null : utc(after.date()), "afterChallenge", after == null ? null : after.challengeId(),
                "afterSequence", after == null ? null : after.sequence(), "limit", limit)))
                .stream().map(ReleaseRepository::toStored).toList();
    }

    private static Stored toStored(Record r) {
        return new Stored(r.get("challengeId").asString(), r.get("sequence").asInt(), instant(r.get("date")), r.get("json").asString());
    }

    private static PublicState toState(Record r) {
        Value c = r.get("challenge");
        Value b = r.get("body");
        List<String> names = c.get("criterionNames").isNull() ? List.of() : c.get("criterionNames").asList(Value::asString);
        List<String> weights = c.get("criterionWeights").isNull() ? List.of() : c.get("criterionWeights").asList(Value::asString);
        List<PublicState.Criterion> criteria = new java.util.ArrayList<>();
        for (int i = 0; i < names.size(); i++) criteria.add(new PublicState.Criterion(names.get(i), i < weights.size() ? weights.get(i) : "0"));
        List<PublicState.Addendum> addenda = r.get("addenda").asList(a -> new PublicState.Addendum(a.get("number").asInt(), a.get("text").asString(),
                instant(a.get("publishedAt")), a.get("closingShiftReason").asString(""))).stream()
                .sorted(Comparator.comparing(PublicState.Addendum::number)).toList();
        PublicState.Opening opening = null;
        if (!c.get("openedAt").isNull()) {
            List<String> ids = c.get("openingSupplierIds").asList(Value::asString);
            List<String> supplierNames = c.get("openingSupplierNames").asList(Value::asString);
            List<PublicState.Party> tenderers = new java.util.ArrayList<>();
            for (int i = 0; i < ids.size(); i++) tenderers.add(new PublicState.Party(ids.get(i), supplierNames.get(i)));
            opening = new PublicState.Opening(instant(c.get("openedAt")), tenderers);
        }
        PublicState.Winner winner = r.get("winners").asList(w -> new PublicState.Winner(w.get("proposalId").asString(),
                new PublicState.Party(w.get("supplierId").asString(), w.get("supplierName").asString()), new BigDecimal(w.get("price").asString()),
                instant(c.get("decidedAt")))).stream().findFirst().orElse(null);
        List<PublicState.Contract> contracts = r.get("contracts").asList(k -> new PublicState.Contract(k.get("id").asString(), k.get("awardId").asString(),
                new PublicState.Party(k.get("supplierId").asString(), k.get("supplierName").asString(k.get("supplierId").asString())),
                new BigDecimal(k.get("initialAmount").asString()), k.get("currency").asString(c.get("currency").asString()), instant(k.get("openedAt")),
                k.get("status").asString("ACTIVE"), k.get("finalDescription").isNull() ? null : k.get("finalDescription").asString(),
                k.get("endedAt").isNull() ? null : instant(k.get("endedAt")),
                k.get("amendments").asList(m -> new PublicState.ContractAmendment(m.get("sequence").asInt(), new BigDecimal(m.get("amount").asString()),
                        m.get("rationale").asString(""), instant(m.get("at")),
                        m.get("published").asBoolean(false))).stream().sorted(Comparator.comparing(PublicState.ContractAmendment::sequence)).toList()));
        return new PublicState(c.get("id").asString(), c.get("title").asString(), c.get("description").asString(), c.get("language").asString(),
                c.get("status").asString(), new BigDecimal(c.get("budgetCeiling").asString()), c.get("currency").asString(),
                c.get("publishedAt").isNull() ? null : instant(c.get("publishedAt")), instant(c.get("closesAt")),
                c.get("awardRule").isNull() ? null : c.get("awardRule").asString(), criteria, new PublicState.Party(b.get("id").asString(), b.get("name").asString()),
                addenda, opening, winner, contracts);
    }

    private static Instant instant(Value value) {
        return value.asZonedDateTime().toInstant();
    }

    private static ZonedDateTime utc(Instant instant) {
        return instant.atZone(ZoneOffset.UTC);
    }
}
