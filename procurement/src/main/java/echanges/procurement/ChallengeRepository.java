package echanges.procurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
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
import echanges.platform.Language;
import echanges.platform.PageRequest;
import echanges.platform.SearchDocument;
import echanges.platform.Tx;
import echanges.platform.Viewer;

/** The Cypher of challenges. Drafts are filtered here, in every read, from the viewer's offices. */
final class ChallengeRepository {

    static final String SEARCH_TYPE = "challenge";

    // The issuing body never changes, so its id is kept on the challenge too: one less hop to read.
    private static final String CHALLENGE_FIELDS = "c {.*}";
    private static final String VISIBLE = "(c.status <> 'DRAFT' OR b.id IN $officerOf)";

    private static final String BODY = "MATCH (b:PublicBody {id: $bodyId}) RETURN b.jurisdiction AS jurisdiction";
    private static final String CREATE = """
            MATCH (b:PublicBody {id: $bodyId})
            CREATE (b)-[:ISSUED]->(c:Challenge:Taggable {id: $id, bodyId: b.id, title: $title, description: $description,
                     language: $language, status: 'DRAFT', budgetCeiling: $budget, currency: $currency,
                     closesAt: $closesAt, createdAt: $now, updatedAt: $now, version: 1})
            SET c += $terms
            """;
    private static final String FOR_UPDATE = """
            MATCH (b:PublicBody)-[:ISSUED]->(c:Challenge {id: $id})
            SET c._lock = true REMOVE c._lock
            RETURN %s AS challenge, b.jurisdiction AS jurisdiction, c {.*} AS terms
            """.formatted(CHALLENGE_FIELDS);
    private static final String UPDATE = """
            MATCH (c:Challenge {id: $id})
            SET c.title = $title, c.description = $description, c.language = $language,
                c.budgetCeiling = $budget, c.closesAt = $closesAt, c.updatedAt = $now, c.version = c.version + 1
            SET c += $terms
            """;
    private static final String PUBLISH = """
            MATCH (c:Challenge {id: $id})
            SET c.status = 'PUBLISHED', c.publishedAt = $now, c.updatedAt = $now, c.version = c.version + 1,
                c.drawSeed = $seed, c.drawCommitment = $commitment
            """;
    private static final String COMMIT_DRAW = """
            MATCH (c:Challenge {id: $id}) WHERE c.drawCommitment IS NULL
            SET c.drawSeed = $seed, c.drawCommitment = $commitment
            """;
    private static final String MOVE = """
            MATCH (c:Challenge {id: $id})
            SET c.status = $status, c.updatedAt = $now, c.version = c.version + 1
            """;
    /** Conditional on the status, so that running it twice, or on two nodes at once, closes each challenge once. */
    private static final String CLOSE_DUE = """
            MATCH (c:Challenge {status: 'PUBLISHED'}) WHERE c.closesAt <= $now
            SET c._lock = true REMOVE c._lock
            // Read again under the lock: another node may have closed it while this one waited.
            WITH c WHERE c.status = 'PUBLISHED'
            SET c.status = 'CLOSED', c.closedAt = $now, c.updatedAt = $now, c.version = c.version + 1
            RETURN c.id AS id, c.bodyId AS bodyId
            """;
    /** Marks each open challenge once when its closing comes near, so that several nodes announce it once. */
    private static final String CLOSING_SOON = """
            MATCH (c:Challenge {status: 'PUBLISHED'}) WHERE c.closesAt <= $until AND c.closesAt > $now AND c.closingSoonAt IS NULL
            SET c._lock = true REMOVE c._lock
            WITH c WHERE c.closingSoonAt IS NULL
            SET c.closingSoonAt = $now
            RETURN c.id AS id, c.bodyId AS bodyId, c.closesAt AS closesAt
            """;
    private static final String LOAD_EXISTING = """
            MATCH (b:PublicBody {id: $bodyId})
            CREATE (b)-[:ISSUED]->(c:Challenge:Taggable {id: $id, bodyId: b.id, title: $title, description: $description,
                     language: $language, status: $status, budgetCeiling: $budget, currency: $currency,
                     closesAt: $closesAt, publishedAt: $publishedAt, createdAt: $createdAt, updatedAt: $createdAt, version: 1})
            SET c += $terms
            """;
    private static final String BY_IDS = """
            UNWIND $ids AS id
            MATCH (b:PublicBody)-[:ISSUED]->(c:Challenge {id: id})
            WHERE %s
            RETURN %s AS challenge
            """.formatted(VISIBLE, CHALLENGE_FIELDS);
    private static final String PAGE = """
            MATCH (b:PublicBody)-[:ISSUED]->(c:Challenge)
            WHERE %s
              AND ($statuses IS NULL OR c.status IN $statuses)
              AND ($bodyId IS NULL OR b.id = $bodyId)
              AND ($tag IS NULL OR EXISTS { (c)-[:TAGGED]->(:Tag {name: $tag}) })
            WITH c ORDER BY c.createdAt DESC, c.id
            WITH collect(c) AS matches
            RETURN size(matches) AS total, [c IN matches[$offset..$offset + $limit] | c {.*}] AS page
            """.formatted(VISIBLE);
    private static final String OF_BODIES = """
            UNWIND $bodyIds AS bodyId
            MATCH (b:PublicBody {id: bodyId})-[:ISSUED]->(c:Challenge)
            WHERE %s
            WITH b, c ORDER BY c.createdAt DESC, c.id
            WITH b, collect(c) AS matches
            RETURN b.id AS parentId, size(matches) AS total, [c IN matches[$offset..$offset + $limit] | %s] AS page
            """.formatted(VISIBLE, CHALLENGE_FIELDS);
    private static final String DOCUMENTS = """
            UNWIND $ids AS id
            MATCH (b:PublicBody)-[:ISSUED]->(c:Challenge {id: id})
            WHERE c.status <> 'DRAFT'
            // The public award result (s. 26): the winner's name, once the challenge is awarded.
            OPTIONAL MATCH (c)<-[:FOR]-(won:Proposal {id: c.winnerProposalId}) WHERE c.status = 'AWARDED'
            OPTIONAL MATCH (winner:Supplier {id: won.supplierId})
            RETURN c {.*, bodyName: b.name, tags: [(c)-[:TAGGED]->(t:Tag) | t.name], winner: winner.name} AS challenge
            """;
    private static final String ADD_ADDENDUM = """
            MATCH (c:Challenge {id: $id})
            WITH c, COUNT { (c)-[:HAS_ADDENDUM]->(:Addendum) } + 1 AS number
            CREATE (c)-[:HAS_ADDENDUM]->(:Addendum {number: number, text: $text, affectsPrices: $affectsPrices, publishedAt: $now,
                    closesAtBefore: c.closesAt, closesAtAfter: $closesAt, closingShiftReason: $reason})
            SET c.closesAt = $closesAt, c.description = coalesce($description, c.description),
                c.updatedAt = $now, c.version = c.version + 1
            RETURN number
            """;
    private static final String ADDENDA = """
            UNWIND $ids AS id
            MATCH (:Challenge {id: id})-[:HAS_ADDENDUM]->(a:Addendum)
            RETURN id, a {.*} AS addendum ORDER BY a.number
            """;
    private static final String TERMS = "UNWIND $ids AS id MATCH (c:Challenge {id: id}) RETURN c.id AS id, c {.*} AS terms";
    private static final String PUBLIC_IDS = "MATCH (c:Challenge) WHERE c.status <> 'DRAFT' RETURN c.id AS id";

    private final Graph graph;

    ChallengeRepository(Graph graph) {
        this.graph = graph;
    }

    Optional<String> jurisdictionOf(Tx tx, String bodyId) {
        return tx.optional(BODY, Map.of("bodyId", bodyId)).map(r -> r.get("jurisdiction").asString());
    }

    void create(Tx tx, String id, ChallengeDraft draft, String currency, Instant now) {
        tx.run(CREATE, Tx.params("bodyId", draft.bodyId(), "id", id, "title", draft.title(), "description", draft.description(),
                "language", draft.language().name(), "budget", draft.budgetCeiling().toPlainString(), "currency", currency,
                "closesAt", utc(draft.closesAt()), "now", utc(now), "terms", TermsCodec.properties(draft.terms())));
    }

    record Locked(Challenge challenge, String jurisdiction, ChallengeTerms terms) {
    }

    /** Reads a challenge and write-locks it, so that concurrent changes apply one after the other. */
    Optional<Locked> lock(Tx tx, String id) {
        return tx.optional(FOR_UPDATE, Map.of("id", id))
                .map(r -> new Locked(toChallenge(r.get("challenge")), r.get("jurisdiction").asString(), TermsCodec.terms(r.get("terms"))));
    }

    void update(Tx tx, Challenge c, ChallengeTerms terms, Instant now) {
        tx.run(UPDATE, Tx.params("id", c.id(), "title", c.title(), "description", c.description(), "language", c.language().name(),
                "budget", c.budgetCeiling().toPlainString(), "closesAt", utc(c.closesAt()), "now", utc(now),
                "terms", TermsCodec.properties(terms)));
    }

    int addAddendum(Tx tx, String challengeId, String text, boolean affectsPrices, @Nullable String description, Instant closesAt,
                    String reason, Instant now) {
        return tx.single(ADD_ADDENDUM, Tx.params("id", challengeId, "text", text, "affectsPrices", affectsPrices, "description", description,
                "closesAt", utc(closesAt), "reason", reason, "now", utc(now))).get("number").asInt();
    }

    Map<String, List<Addendum>> addenda(Collection<String> challengeIds) {
        Map<String, List<Addendum>> result = new HashMap<>();
        for (String id : challengeIds) result.put(id, new java.util.ArrayList<>());
        graph.read(tx -> tx.list(ADDENDA, Map.of("ids", List.copyOf(challengeIds)))).forEach(r -> {
            Value a = r.get("addendum");
            String id = r.get("id").asString();
            result.get(id).add(new Addendum(id, a.get("number").asInt(), a.get("text").asString(), a.get("affectsPrices").asBoolean(),
                    instant(a.get("publishedAt")), instant(a.get("closesAtBefore")), instant(a.get("closesAtAfter")),
                    a.get("closingShiftReason").asString()));
        });
        return result;
    }

    /** The terms of the challenges among {@code ids}; the caller has checked that the viewer may see them. */
    Map<String, ChallengeTerms> terms(Collection<String> ids) {
        Map<String, ChallengeTerms> result = new HashMap<>();
        graph.read(tx -> tx.list(TERMS, Map.of("ids", List.copyOf(ids))))
                .forEach(r -> result.put(r.get("id").asString(), TermsCodec.terms(r.get("terms"))));
        return result;
    }

    /** Publishes, committing to the seed of any drawing of lots (s. 14): its hash is public from now on. */
    void publish(Tx tx, String id, Instant now, String seed, String commitment) {
        tx.run(PUBLISH, Map.of("id", id, "now", utc(now), "seed", seed, "commitment", commitment));
    }

    void move(Tx tx, String id, ChallengeStatus status, Instant now) {
        tx.run(MOVE, Map.of("id", id, "status", status.name(), "now", utc(now)));
    }

    /** Closes every published challenge whose closing time has come; returns them as (id, body id). */
    List<Map.Entry<String, String>> closeDue(Tx tx, Instant now) {
        return tx.list(CLOSE_DUE, Map.of("now", utc(now))).stream()
                .map(r -> Map.entry(r.get("id").asString(), r.get("bodyId").asString())).toList();
    }

    List<ChallengeClosingSoon> closingSoon(Tx tx, Instant now, Instant until) {
        return tx.list(CLOSING_SOON, Map.of("now", utc(now), "until", utc(until))).stream()
                .map(r -> new ChallengeClosingSoon(r.get("id").asString(), r.get("bodyId").asString(), r.get("closesAt").asZonedDateTime().toInstant())).toList();
    }

    /** Commits a draw seed to a challenge recorded without one (an import), so that it can still be decided. */
    void commitDraw(Tx tx, String challengeId, String seed, String commitment) {
        tx.run(COMMIT_DRAW, Map.of("id", challengeId, "seed", seed, "commitment", commitment));
    }

    void loadExisting(Tx tx, Challenge c, ChallengeTerms terms) {
        tx.run(LOAD_EXISTING, Tx.params("bodyId", c.bodyId(), "id", c.id(), "title", c.title(), "description", c.description(),
                "language", c.language().name(), "status", c.status().name(), "budget", c.budgetCeiling().toPlainString(),
                "currency", c.currency(), "closesAt", utc(c.closesAt()),
                "publishedAt", c.publishedAt() == null ? null : utc(c.publishedAt()), "createdAt", utc(c.createdAt()),
                "terms", TermsCodec.properties(terms)));
    }

    List<Challenge> byIds(Collection<String> ids, Viewer viewer) {
        return graph.read(tx -> tx.list(BY_IDS, Map.of("ids", List.copyOf(ids), "officerOf", List.copyOf(viewer.officerOf()))))
                .stream().map(r -> toChallenge(r.get("challenge"))).toList();
    }

    Connection<Challenge> page(ChallengeFilter filter, PageRequest page, Viewer viewer) {
        Record r = graph.read(tx -> tx.single(PAGE, Tx.params(
                "officerOf", List.copyOf(viewer.officerOf()),
                "statuses", filter.statuses() == null ? null : filter.statuses().stream().map(Enum::name).toList(),
                "bodyId", filter.bodyId(), "tag", filter.tag(),
                "offset", page.offset(), "limit", page.limitPlusOne())));
        return page.toConnection(r.get("page").asList(ChallengeRepository::toChallenge), r.get("total").asLong());
    }

    Map<String, Connection<Challenge>> ofBodies(Collection<String> bodyIds, PageRequest page, Viewer viewer) {
        List<Record> rows = graph.read(tx -> tx.list(OF_BODIES, Map.of("bodyIds", List.copyOf(bodyIds),
                "officerOf", List.copyOf(viewer.officerOf()), "offset", page.offset(), "limit", page.limitPlusOne())));
        return page.toConnections(bodyIds, rows, ChallengeRepository::toChallenge);
    }

    List<SearchDocument> documents(Collection<String> ids) {
        return graph.read(tx -> tx.list(DOCUMENTS, Map.of("ids", List.copyOf(ids)))).stream().map(r -> {
            Value c = r.get("challenge");
            Challenge challenge = toChallenge(c);
            String winner = c.get("winner").isNull() ? null : c.get("winner").asString();
            Map<String, String> keywords = new java.util.HashMap<>(Map.of("status", challenge.status().name(), "bodyId", challenge.bodyId(),
                    "body", c.get("bodyName").asString(), "budgetCeiling", challenge.budgetCeiling().toPlainString()));
            if (winner != null) keywords.put("winner", winner);
            // The winner's name is searchable text too: "who won what" is a public question.
            String text = winner == null ? challenge.description() : challenge.description() + "\n" + winner;
            return new SearchDocument(SEARCH_TYPE, challenge.id(), c.get("version").asLong(), challenge.language(),
                    challenge.title(), text, c.get("tags").asList(Value::asString), keywords,
                    challenge.publishedAt() == null ? challenge.createdAt() : challenge.publishedAt())
                    .withBudget(challenge.budgetCeiling()).withClosesAt(challenge.closesAt())
                    .withCompletions(List.of(c.get("bodyName").asString()));
        }).toList();
    }

    List<String> publicIds() {
        return graph.read(tx -> tx.list(PUBLIC_IDS, Map.of())).stream().map(r -> r.get("id").asString()).toList();
    }

    static Challenge toChallenge(Value c) {
        return new Challenge(c.get("id").asString(), c.get("bodyId").asString(), c.get("title").asString(),
                c.get("description").asString(), Language.valueOf(c.get("language").asString()),
                ChallengeStatus.valueOf(c.get("status").asString()), new BigDecimal(c.get("budgetCeiling").asString()),
                c.get("currency").asString(), instant(c.get("closesAt")), c.get("publishedAt").isNull() ? null : instant(c.get("publishedAt")),
                instant(c.get("createdAt")));
    }

    private static Instant instant(Value value) {
        return value.asZonedDateTime().toInstant();
    }

    static @Nullable ZonedDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : instant.atZone(ZoneOffset.UTC);
    }
}
