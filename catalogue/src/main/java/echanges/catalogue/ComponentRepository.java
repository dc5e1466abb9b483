package echanges.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import echanges.catalogue.publiccode.PublicCode;
import echanges.catalogue.publiccode.PublicCode.Contact;
import echanges.catalogue.publiccode.PublicCode.Contractor;
import echanges.catalogue.publiccode.PublicCode.Dependency;
import echanges.catalogue.publiccode.PublicCode.DependencyKind;
import echanges.catalogue.publiccode.PublicCode.Description;
import echanges.catalogue.publiccode.PublicCodeReader;
import echanges.catalogue.publiccode.PublicCodeWriter;
import echanges.platform.Connection;
import echanges.platform.Graph;
import echanges.platform.Language;
import echanges.platform.PageRequest;
import echanges.platform.SearchDocument;
import echanges.platform.Tx;

/**
 * The Cypher of components, their publiccode.yml description, releases, dependencies and reuse.
 * A component is a node with the document's scalar and list keys as properties, and child
 * nodes for what repeats with structure: descriptions per language, maintainers, external
 * dependencies and funders. Challenges and bodies are matched by id only.
 */
final class ComponentRepository {

    static final String SEARCH_TYPE = "component";
    private static final String FIELDS = """
            c {.*, deliveredForId: [(c)-[:DELIVERED_FOR]->(ch:Challenge) | ch.id][0],
               users: COUNT { (:PublicBody)-[:USES]->(c) },
               descriptions: [(c)-[:DESCRIBED_IN]->(d:ComponentDescription) | d {.*}],
               maintainers: [(c)-[:MAINTAINED_BY]->(m:Maintainer) | m {.*}],
               requires: [(c)-[:REQUIRES]->(x:ExternalDependency) | x {.*}],
               funders: [(c)-[:FUNDED_BY]->(f:Funder) | f {.*}]}""";

    private static final String CREATE = """
            CREATE (c:Component:Taggable {id: $id, createdBy: $createdBy, createdAt: $now, version: 1})
            SET c += $props
            WITH c
            OPTIONAL MATCH (ch:Challenge {id: $deliveredForId})
            FOREACH (_ IN CASE WHEN ch IS NULL THEN [] ELSE [1] END | CREATE (c)-[:DELIVERED_FOR]->(ch))
            FOREACH (d IN $descriptions | CREATE (c)-[:DESCRIBED_IN]->(x:ComponentDescription) SET x = d)
            FOREACH (m IN $maintainers | CREATE (c)-[:MAINTAINED_BY]->(x:Maintainer) SET x = m)
            FOREACH (r IN $requires | CREATE (c)-[:REQUIRES]->(x:ExternalDependency) SET x = r)
            FOREACH (f IN $funders | CREATE (c)-[:FUNDED_BY]->(x:Funder) SET x = f)
            """;
    private static final String BY_URL = "MATCH (c:Component {repositoryUrl: $url}) RETURN c.id AS id LIMIT 1";
    private static final String LOCK = """
            MATCH (c:Component {id: $id}) SET c._lock = true REMOVE c._lock
            RETURN c.createdBy AS createdBy, c.deliveredById AS deliveredById,
                   [(c)-[:DELIVERED_FOR]->(ch:Challenge) | ch.id][0] AS deliveredForId
            """;
    private static final String RELEASE = """
            MATCH (c:Component {id: $componentId})
            WHERE NOT EXISTS { (c)-[:RELEASED]->(:Release {version: $version}) }
            CREATE (c)-[:RELEASED]->(r:Release {id: $id, componentId: c.id, version: $version, releasedOn: $releasedOn,
                                                notes: $notes, createdAt: $now})
            // The latest release by date is the component's current version (publiccode.yml softwareVersion).
            WITH c, r
            SET c.softwareVersion = CASE WHEN c.releaseDate IS NULL OR c.releaseDate <= $releasedOn THEN $version ELSE c.softwareVersion END,
                c.releaseDate = CASE WHEN c.releaseDate IS NULL OR c.releaseDate <= $releasedOn THEN $releasedOn ELSE c.releaseDate END,
                c.version = c.version + 1
            RETURN r {.*} AS release
            """;
    private static final String RELEASES = """
            UNWIND $componentIds AS componentId
            MATCH (:Component {id: componentId})-[:RELEASED]->(r:Release)
            WITH componentId, r ORDER BY r.releasedOn DESC, r.createdAt DESC
            WITH componentId, collect(r) AS matches
            RETURN componentId AS parentId, size(matches) AS total, [r IN matches[$offset..$offset + $limit] | r {.*}] AS page
            """;
    private static final String RELEASES_BY_IDS = "UNWIND $ids AS id MATCH (r:Release {id: id}) RETURN r {.*} AS release";
    private static final String DECLARE_USE = """
            MATCH (b:PublicBody {id: $bodyId}), (c:Component {id: $componentId})
            MERGE (b)-[u:USES]->(c)
              ON CREATE SET u.since = $since
            SET u.version = $version, u.context = $context, u.since = coalesce($explicitSince, u.since), c.version = c.version + 1
            RETURN u {.*, bodyId: b.id, componentId: c.id} AS use
            """;
    /** Withdrawing keeps the history: the use becomes a USED relationship with its end. */
    private static final String WITHDRAW_USE = """
            MATCH (b:PublicBody {id: $bodyId})-[u:USES]->(c:Component {id: $componentId})
            CREATE (b)-[:USED {version: u.version, since: u.since, context: u.context, until: $now}]->(c)
            DELETE u
            SET c.version = c.version + 1
            RETURN c.id AS id
            """;
    private static final String USES_OF = """
            UNWIND $componentIds AS componentId
            MATCH (b:PublicBody)-[u:USES]->(:Component {id: componentId})
            WITH componentId, b, u ORDER BY u.since DESC, b.id
            WITH componentId, collect(u {.*, bodyId: b.id, componentId: componentId}) AS matches
            RETURN componentId AS parentId, size(matches) AS total, matches[$offset..$offset + $limit] AS page
            """;
    private static final String USE = """
            MATCH (b:PublicBody {id: $bodyId})-[u:USES]->(c:Component {id: $componentId})
            RETURN u {.*, bodyId: b.id, componentId: c.id} AS use
            """;
    /** The path back from the new dependency to the dependent component, if one exists, closes a cycle. */
    private static final String CYCLE = """
            MATCH (from:Component {id: $componentId}), (to:Component {id: $dependsOnId})
            OPTIONAL MATCH p = SHORTEST 1 (to)-[:DEPENDS_ON]->*(from)
            RETURN [n IN nodes(p) | n.name] AS path, from.name AS fromName, to.name AS toName
            """;
    private static final String DEPEND = """
            MATCH (from:Component {id: $componentId}), (to:Component {id: $dependsOnId})
            MERGE (from)-[d:DEPENDS_ON]->(to)
            SET d.versionRange = $versionRange, from.version = from.version + 1
            """;
    private static final String DEPENDENCIES = """
            UNWIND $componentIds AS componentId
            MATCH (:Component {id: componentId})-[d:DEPENDS_ON]->(to:Component)
            WITH componentId, d, to ORDER BY to.name
            RETURN componentId, collect({componentId: componentId, dependsOnId: to.id, versionRange: d.versionRange}) AS dependencies
            """;
    private static final String DEPENDENTS = """
            UNWIND $componentIds AS componentId
            MATCH (from:Component)-[d:DEPENDS_ON]->(:Component {id: componentId})
            WITH componentId, d, from ORDER BY from.name
            RETURN componentId, collect({componentId: from.id, dependsOnId: componentId, versionRange: d.versionRange}) AS dependencies
            """;
    private static final String BY_IDS = """
            UNWIND $ids AS id MATCH (c:Component {id: id}) RETURN %s AS component
            """.formatted(FIELDS);
    private static final String PAGE = """
            MATCH (c:Component)
            WHERE $tag IS NULL OR EXISTS { (c)-[:TAGGED]->(:Tag {name: $tag}) }
            WITH c ORDER BY c.createdAt DESC, c.id
            WITH collect(c) AS matches
            RETURN size(matches) AS total, [c IN matches[$offset..$offset + $limit] | %s] AS page
            """.formatted(FIELDS);
    private static final String DELIVERED_FOR = """
            UNWIND $challengeIds AS challengeId
            MATCH (c:Component)-[:DELIVERED_FOR]->(:Challenge {id: challengeId})
            WITH challengeId, c ORDER BY c.name
            RETURN challengeId, collect(%s) AS components
            """.formatted(FIELDS);
    private static final String DELIVERED_BY = """
            UNWIND $supplierIds AS supplierId
            MATCH (c:Component {deliveredById: supplierId})
            WITH supplierId, c ORDER BY c.createdAt DESC, c.id
            WITH supplierId, collect(c) AS matches
            RETURN supplierId AS parentId, size(matches) AS total, [c IN matches[$offset..$offset + $limit] | %s] AS page
            """.formatted(FIELDS);
    private static final String TRACK_RECORDS = """
            UNWIND $supplierIds AS supplierId
            OPTIONAL MATCH (c:Component {deliveredById: supplierId})
            OPTIONAL MATCH (b:PublicBody)-[:USES]->(c)
            RETURN supplierId, count(DISTINCT c) AS components, count(DISTINCT b) AS bodies
            """;
    private static final String USERS_OF = """
            UNWIND $componentIds AS componentId
            MATCH (b:PublicBody)-[:USES]->(:Component {id: componentId})
            WITH componentId, b ORDER BY b.name
            RETURN componentId, collect(b.id) AS bodyIds
            """;
    private static final String USED_BY = """
            UNWIND $bodyIds AS bodyId
            MATCH (:PublicBody {id: bodyId})-[:USES]->(c:Component)
            WITH bodyId, c ORDER BY c.name
            WITH bodyId, collect(c) AS matches
            RETURN bodyId AS parentId, size(matches) AS total, [c IN matches[$offset..$offset + $limit] | %s] AS page
            """.formatted(FIELDS);
    private static final String DOCUMENTS = """
            UNWIND $ids AS id MATCH (c:Component {id: id})
            RETURN %s AS component, [(c)-[:TAGGED]->(t:Tag) | t.name] AS tags
            """.formatted(FIELDS);
    private static final String ALL_IDS = "MATCH (c:Component) RETURN c.id AS id";
    /**
     * What the graph says resembles a challenge, as (type, id, reason, tags, via, weight) rows:
     * components and challenges sharing its tags (or a component category named like a tag),
     * components delivered for challenges sharing its tags, and components used by bodies that
     * use the same components as the challenge's body.
     */
    private static final String GRAPH_SIGNALS = """
            MATCH (ch:Challenge {id: $challengeId})
            WITH ch, [(ch)-[:TAGGED]->(t:Tag) | t.name] AS tags
            CALL (ch, tags) {
              MATCH (c:Component)
              WITH c, [(c)-[:TAGGED]->(x:Tag) WHERE x.name IN tags | x.name] + [cat IN coalesce(c.categories, []) WHERE cat IN tags] AS shared
              WHERE size(shared) > 0
              RETURN 'component' AS type, c.id AS id, 'SHARED_TAGS' AS reason, shared, null AS via, toFloat(size(shared)) AS weight
              UNION ALL
              MATCH (other:Challenge)-[:TAGGED]->(x:Tag) WHERE x.name IN tags AND other <> ch
              WITH other, collect(x.name) AS shared
              MATCH (c:Component)-[:DELIVERED_FOR]->(other)
              RETURN 'component' AS type, c.id AS id, 'DELIVERED_FOR_SIMILAR_CHALLENGE' AS reason, shared, other.id AS via, 2.0 * size(shared) AS weight
              UNION ALL
              MATCH (other:Challenge)-[:TAGGED]->(x:Tag) WHERE x.name IN tags AND other <> ch
              WITH other, collect(x.name) AS shared
              RETURN 'challenge' AS type, other.id AS id, 'SHARED_TAGS' AS reason, shared, null AS via, toFloat(size(shared)) AS weight
              UNION ALL
              MATCH (b:PublicBody {id: $bodyId})-[:USES]->(:Component)<-[:USES]-(peer:PublicBody)-[:USES]->(c:Component)
              WHERE peer <> b AND NOT EXISTS { (b)-[:USES]->(c) }
              WITH c, count(DISTINCT peer) AS peers
              RETURN 'component' AS type, c.id AS id, 'USED_BY_SIMILAR_BODIES' AS reason, [] AS shared, null AS via, toFloat(peers) AS weight
            }
            RETURN type, id, reason, shared, via, weight
            """;

    /** What a write needs to know of a component to check who may change it. */
    record Maintained(String createdBy, @Nullable String deliveredForId, @Nullable String deliveredById) {
    }

    /** Credits the winner once, for components linked to the challenge before its award. */
    private static final String CREDIT_DELIVERER = """
            MATCH (c:Component)-[:DELIVERED_FOR]->(:Challenge {id: $challengeId}) WHERE c.deliveredById IS NULL
            SET c.deliveredById = $supplierId, c.version = c.version + 1
            RETURN c.id AS id
            """;

    private final Graph graph;

    ComponentRepository(Graph graph) {
        this.graph = graph;
    }

    Optional<String> idOfRepository(Tx tx, String url) {
        return tx.optional(BY_URL, Map.of("url", url)).map(r -> r.get("id").asString());
    }

    List<String> creditDeliverer(Tx tx, String challengeId, String supplierId) {
        return tx.list(CREDIT_DELIVERER, Map.of("challengeId", challengeId, "supplierId", supplierId)).stream().map(r -> r.get("id").asString()).toList();
    }

    void create(Tx tx, String id, PublicCode code, @Nullable String deliveredForId, @Nullable String deliveredById, String createdBy, Instant now) {
        Description main = code.description(mainLanguage(code).name().toLowerCase(Locale.ROOT));
        Map<String, Object> props = new HashMap<>();
        props.put("publiccodeYmlVersion", code.publiccodeYmlVersion());
        props.put("name", code.name());
        props.put("applicationSuite", code.applicationSuite());
        props.put("repositoryUrl", code.url());
        props.put("landingUrl", code.landingUrl());
        props.put("isBasedOn", code.isBasedOn());
        props.put("softwareVersion", code.softwareVersion());
        props.put("releaseDate", code.releaseDate());
        props.put("logo", code.logo());
        props.put("platforms", code.platforms());
        props.put("categories", code.categories());
        props.put("usedByNames", code.usedBy());
        props.put("roadmap", code.roadmap());
        props.put("developmentStatus", code.developmentStatus().name());
        props.put("softwareType", code.softwareType().name());
        props.put("supports", code.supports());
        props.put("hasOrganisation", code.organisation() != null);
        props.put("organisationName", code.organisation() == null ? null : code.organisation().name());
        props.put("organisationUri", code.organisation() == null ? null : code.organisation().uri());
        props.put("countries", code.intendedAudience().countries());
        props.put("unsupportedCountries", code.intendedAudience().unsupportedCountries());
        props.put("scope", code.intendedAudience().scope());
        props.put("licence", code.legal().license());
        props.put("mainCopyrightOwner", code.legal().mainCopyrightOwner());
        props.put("repoOwner", code.legal().repoOwner());
        props.put("authorsFile", code.legal().authorsFile());
        props.put("maintenanceType", code.maintenance().type().name());
        props.put("localisationReady", code.localisation().localisationReady());
        props.put("availableLanguages", code.localisation().availableLanguages());
        props.put("extensionsYaml", PublicCodeWriter.extensionsYaml(code.extensions()));
        props.put("language", mainLanguage(code).name());
        props.put("description", main.longDescription() == null ? main.shortDescription() : main.longDescription());
        props.put("deliveredById", deliveredById);

        List<Map<String, Object>> descriptions = new ArrayList<>();
        code.descriptions().forEach((language, d) -> descriptions.add(Tx.params("position", descriptions.size(), "language", language,
                "localisedName", d.localisedName(), "genericName", d.genericName(), "shortDescription", d.shortDescription(),
                "longDescription", d.longDescription(), "documentation", d.documentation(), "apiDocumentation", d.apiDocumentation(),
                "features", d.features(), "screenshots", d.screenshots(), "videos", d.videos(), "awards", d.awards())));
        List<Map<String, Object>> maintainers = new ArrayList<>();
        for (Contractor c : code.maintenance().contractors())
            maintainers.add(Tx.params("position", maintainers.size(), "kind", "contractor", "name", c.name(), "until", c.until(),
                    "email", c.email(), "website", c.website()));
        for (Contact c : code.maintenance().contacts())
            maintainers.add(Tx.params("position", maintainers.size(), "kind", "contact", "name", c.name(), "email", c.email(),
                    "phone", c.phone(), "affiliation", c.affiliation()));
        List<Map<String, Object>> requires = new ArrayList<>();
        for (DependencyKind kind : DependencyKind.values())
            for (Dependency d : code.dependsOn().of(kind))
                requires.add(Tx.params("position", requires.size(), "kind", kind.name(), "name", d.name(), "versionMin", d.versionMin(),
                        "versionMax", d.versionMax(), "version", d.version(), "optional", d.optional()));
        List<Map<String, Object>> funders = new ArrayList<>();
        for (PublicCode.Organisation o : code.fundedBy())
            funders.add(Tx.params("position", funders.size(), "name", o.name(), "uri", o.uri()));

        tx.run(CREATE, Tx.params("id", id, "props", props, "createdBy", createdBy, "now", utc(now), "deliveredForId", deliveredForId,
                "descriptions", descriptions, "maintainers", maintainers, "requires", requires, "funders", funders));
    }

    Optional<Maintained> lock(Tx tx, String componentId) {
        return tx.optional(LOCK, Map.of("id", componentId)).map(r -> new Maintained(r.get("createdBy").asString(),
                r.get("deliveredForId").isNull() ? null : r.get("deliveredForId").asString(),
                r.get("deliveredById").isNull() ? null : r.get("deliveredById").asString()));
    }

    Optional<Release> release(Tx tx, String id, String componentId, String version, LocalDate releasedOn, @Nullable String notes, Instant now) {
        return tx.optional(RELEASE, Tx.params("id", id, "componentId", componentId, "version", version, "releasedOn", releasedOn,
                "notes", notes, "now", utc(now))).map(r -> toRelease(r.get("release")));
    }

    Map<String, Connection<Release>> releases(Collection<String> componentIds, PageRequest page) {
        List<Record> rows = graph.read(tx -> tx.list(RELEASES, Map.of("componentIds", List.copyOf(componentIds), "offset", page.offset(), "limit", page.limitPlusOne())));
        return page.toConnections(componentIds, rows, ComponentRepository::toRelease);
    }

    List<Release> releasesByIds(Collection<String> ids) {
        return graph.read(tx -> tx.list(RELEASES_BY_IDS, Map.of("ids", List.copyOf(ids)))).stream().map(r -> toRelease(r.get("release"))).toList();
    }

    Optional<ComponentUse> declareUse(Tx tx, String bodyId, String componentId, @Nullable String version, Instant since,
                                      @Nullable Instant explicitSince, @Nullable String context) {
        return tx.optional(DECLARE_USE, Tx.params("bodyId", bodyId, "componentId", componentId, "version", version, "since", utc(since),
                "explicitSince", explicitSince == null ? null : utc(explicitSince), "context", context)).map(r -> toUse(r.get("use")));
    }

    boolean withdrawUse(Tx tx, String bodyId, String componentId, Instant now) {
        return tx.optional(WITHDRAW_USE, Map.of("bodyId", bodyId, "componentId", componentId, "now", utc(now))).isPresent();
    }

    Map<String, Connection<ComponentUse>> usesOf(Collection<String> componentIds, PageRequest page) {
        List<Record> rows = graph.read(tx -> tx.list(USES_OF, Map.of("componentIds", List.copyOf(componentIds), "offset", page.offset(), "limit", page.limitPlusOne())));
        return page.toConnections(componentIds, rows, ComponentRepository::toUse);
    }

    Optional<ComponentUse> use(String bodyId, String componentId) {
        return graph.read(tx -> tx.optional(USE, Map.of("bodyId", bodyId, "componentId", componentId))).map(r -> toUse(r.get("use")));
    }

    /** The names along the existing path from {@code dependsOnId} back to {@code componentId}, empty when there is none. */
    List<String> cycle(Tx tx, String componentId, String dependsOnId) {
        Record r = tx.optional(CYCLE, Map.of("componentId", componentId, "dependsOnId", dependsOnId))
                .orElseThrow(() -> new CatalogueException.ComponentNotFound(componentId + " or " + dependsOnId));
        if (componentId.equals(dependsOnId)) return List.of(r.get("fromName").asString());
        return r.get("path").isNull() ? List.of() : r.get("path").asList(Value::asString);
    }

    void depend(Tx tx, String componentId, String dependsOnId, @Nullable String versionRange) {
        tx.run(DEPEND, Tx.params("componentId", componentId, "dependsOnId", dependsOnId, "versionRange", versionRange));
    }

    Map<String, List<ComponentDependency>> dependencies(Collection<String> componentIds, boolean dependents) {
        Map<String, List<ComponentDependency>> result = new HashMap<>();
        for (String id : componentIds) result.put(id, List.of());
        graph.read(tx -> tx.list(dependents ? DEPENDENTS : DEPENDENCIES, Map.of("componentIds", List.copyOf(componentIds))))
                .forEach(r -> result.put(r.get("componentId").asString(), r.get("dependencies").asList(d -> new ComponentDependency(
                        d.get("componentId").asString(), d.get("dependsOnId").asString(), nullable(d.get("versionRange"))))));
        return result;
    }

    List<Component> byIds(Collection<String> ids) {
        return graph.read(tx -> tx.list(BY_IDS, Map.of("ids", List.copyOf(ids)))).stream().map(r -> toComponent(r.get("component"))).toList();
    }

    Connection<Component> page(@Nullable String tag, PageRequest page) {
        Record r = graph.read(tx -> tx.single(PAGE, Tx.params("tag", tag, "offset", page.offset(), "limit", page.limitPlusOne())));
        return page.toConnection(r.get("page").asList(ComponentRepository::toComponent), r.get("total").asLong());
    }

    Map<String, List<Component>> deliveredFor(Collection<String> challengeIds) {
        Map<String, List<Component>> result = new HashMap<>();
        for (String id : challengeIds) result.put(id, List.of());
        graph.read(tx -> tx.list(DELIVERED_FOR, Map.of("challengeIds", List.copyOf(challengeIds))))
                .forEach(r -> result.put(r.get("challengeId").asString(), r.get("components").asList(ComponentRepository::toComponent)));
        return result;
    }

    Map<String, Connection<Component>> deliveredBy(Collection<String> supplierIds, PageRequest page) {
        List<Record> rows = graph.read(tx -> tx.list(DELIVERED_BY, Map.of("supplierIds", List.copyOf(supplierIds), "offset", page.offset(), "limit", page.limitPlusOne())));
        return page.toConnections(supplierIds, rows, ComponentRepository::toComponent);
    }

    Map<String, TrackRecord> trackRecords(Collection<String> supplierIds) {
        Map<String, TrackRecord> result = new HashMap<>();
        graph.read(tx -> tx.list(TRACK_RECORDS, Map.of("supplierIds", List.copyOf(supplierIds)))).forEach(r -> result.put(r.get("supplierId").asString(),
                new TrackRecord(r.get("supplierId").asString(), r.get("components").asLong(), r.get("bodies").asLong())));
        return result;
    }

    Map<String, List<String>> usersOf(Collection<String> componentIds) {
        Map<String, List<String>> result = new HashMap<>();
        for (String id : componentIds) result.put(id, List.of());
        graph.read(tx -> tx.list(USERS_OF, Map.of("componentIds", List.copyOf(componentIds))))
                .forEach(r -> result.put(r.get("componentId").asString(), r.get("bodyIds").asList(Value::asString)));
        return result;
    }

    Map<String, Connection<Component>> usedBy(Collection<String> bodyIds, PageRequest page) {
        List<Record> rows = graph.read(tx -> tx.list(USED_BY, Map.of("bodyIds", List.copyOf(bodyIds), "offset", page.offset(), "limit", page.limitPlusOne())));
        return page.toConnections(bodyIds, rows, ComponentRepository::toComponent);
    }

    /**
     * The search document: every description's texts, in all languages (the index analyses French
     * and English at once); the categories also as tags, and what the catalogue is browsed by as
     * keywords and facets (licence, category, platform, development status, software type,
     * description languages, reuse count).
     */
    List<SearchDocument> documents(Collection<String> ids) {
        return graph.read(tx -> tx.list(DOCUMENTS, Map.of("ids", List.copyOf(ids)))).stream().map(r -> {
            Component c = toComponent(r.get("component"));
            PublicCode code = c.publicCode();
            StringBuilder text = new StringBuilder();
            code.descriptions().values().forEach(d -> {
                text.append(d.shortDescription()).append("\n\n");
                if (d.longDescription() != null) text.append(d.longDescription()).append("\n\n");
                d.features().forEach(f -> text.append("- ").append(f).append('\n'));
            });
            List<String> tags = new ArrayList<>(r.get("tags").asList(Value::asString));
            code.categories().forEach(category -> { if (!tags.contains(category)) tags.add(category); });
            Map<String, String> keywords = new LinkedHashMap<>();
            keywords.put("licence", c.licence());
            keywords.put("developmentStatus", code.developmentStatus().name());
            keywords.put("softwareType", code.softwareType().name());
            keywords.put("maintenanceType", code.maintenance().type().name());
            return new SearchDocument(SEARCH_TYPE, c.id(), r.get("component").get("version").asLong(), c.language(), c.name(),
                    text.toString().strip(), tags, keywords, c.createdAt())
                    .withFacet("licence", List.of(c.licence()))
                    .withFacet("category", code.categories())
                    .withFacet("platform", code.platforms())
                    .withFacet("developmentStatus", List.of(code.developmentStatus().name()))
                    .withFacet("softwareType", List.of(code.softwareType().name()))
                    .withFacet("descriptionLanguage", List.copyOf(code.descriptions().keySet()))
                    .withReuses(c.usersCount());
        }).toList();
    }

    List<String> allIds() {
        return graph.read(tx -> tx.list(ALL_IDS, Map.of())).stream().map(r -> r.get("id").asString()).toList();
    }

    /** A graph signal of resemblance to a challenge. */
    record Signal(String type, String id, String reason, List<String> shared, @Nullable String via, double weight) {
    }

    List<Signal> graphSignals(String challengeId, String bodyId) {
        return graph.read(tx -> tx.list(GRAPH_SIGNALS, Map.of("challengeId", challengeId, "bodyId", bodyId))).stream()
                .map(r -> new Signal(r.get("type").asString(), r.get("id").asString(), r.get("reason").asString(),
                        r.get("shared").asList(Value::asString), nullable(r.get("via")), r.get("weight").asDouble()))
                .toList();
    }

    /** French or English, as the platform publishes: the first of the document's description languages that is one of them. */
    static Language mainLanguage(PublicCode code) {
        for (String tag : code.descriptions().keySet()) {
            String primary = tag.toLowerCase(Locale.ROOT).split("-")[0];
            if (primary.equals("fr")) return Language.FR;
            if (primary.equals("en")) return Language.EN;
        }
        return Language.EN;
    }

    private static Component toComponent(Value c) {
        PublicCode code = toPublicCode(c);
        return new Component(c.get("id").asString(), c.get("name").asString(), c.get("description").asString(),
                Language.valueOf(c.get("language").asString()), c.get("repositoryUrl").asString(), c.get("licence").asString(),
                nullable(c.get("deliveredForId")), nullable(c.get("deliveredById")), c.get("createdAt").asZonedDateTime().toInstant(),
                c.get("users").asLong(), code);
    }

    private static PublicCode toPublicCode(Value c) {
        Map<String, Description> descriptions = new LinkedHashMap<>();
        sorted(c.get("descriptions")).forEach(d -> descriptions.put(d.get("language").asString(), new Description(
                nullable(d.get("localisedName")), nullable(d.get("genericName")), d.get("shortDescription").asString(),
                nullable(d.get("longDescription")), nullable(d.get("documentation")), nullable(d.get("apiDocumentation")),
                strings(d.get("features")), strings(d.get("screenshots")), strings(d.get("videos")), strings(d.get("awards")))));
        List<Value> maintainers = sorted(c.get("maintainers"));
        List<Contractor> contractors = maintainers.stream().filter(m -> m.get("kind").asString().equals("contractor"))
                .map(m -> new Contractor(m.get("name").asString(), m.get("until").asLocalDate(), nullable(m.get("email")), nullable(m.get("website"))))
                .toList();
        List<Contact> contacts = maintainers.stream().filter(m -> m.get("kind").asString().equals("contact"))
                .map(m -> new Contact(m.get("name").asString(), nullable(m.get("email")), nullable(m.get("phone")), nullable(m.get("affiliation"))))
                .toList();
        Map<DependencyKind, List<Dependency>> requires = new HashMap<>();
        for (DependencyKind kind : DependencyKind.values()) requires.put(kind, new ArrayList<>());
        sorted(c.get("requires")).forEach(x -> requires.get(DependencyKind.valueOf(x.get("kind").asString())).add(new Dependency(
                x.get("name").asString(), nullable(x.get("versionMin")), nullable(x.get("versionMax")), nullable(x.get("version")),
                x.get("optional").isNull() ? null : x.get("optional").asBoolean())));
        List<PublicCode.Organisation> funders = sorted(c.get("funders")).stream()
                .map(f -> new PublicCode.Organisation(nullable(f.get("name")), nullable(f.get("uri")))).toList();
        return new PublicCode(c.get("publiccodeYmlVersion").asString(), c.get("name").asString(), nullable(c.get("applicationSuite")),
                c.get("repositoryUrl").asString(), nullable(c.get("landingUrl")), strings(c.get("isBasedOn")),
                nullable(c.get("softwareVersion")), c.get("releaseDate").isNull() ? null : c.get("releaseDate").asLocalDate(),
                nullable(c.get("logo")), strings(c.get("platforms")), strings(c.get("categories")), strings(c.get("usedByNames")),
                funders, nullable(c.get("roadmap")), PublicCode.DevelopmentStatus.valueOf(c.get("developmentStatus").asString()),
                PublicCode.SoftwareType.valueOf(c.get("softwareType").asString()), strings(c.get("supports")),
                c.get("hasOrganisation").asBoolean(false) ? new PublicCode.Organisation(nullable(c.get("organisationName")), nullable(c.get("organisationUri"))) : null,
                new PublicCode.IntendedAudience(strings(c.get("countries")), strings(c.get("unsupportedCountries")), strings(c.get("scope"))),
                descriptions,
                new PublicCode.Legal(c.get("licence").asString(), nullable(c.get("mainCopyrightOwner")), nullable(c.get("repoOwner")), nullable(c.get("authorsFile"))),
                new PublicCode.Maintenance(PublicCode.MaintenanceType.valueOf(c.get("maintenanceType").asString()), contractors, contacts),
                new PublicCode.Localisation(c.get("localisationReady").asBoolean(false), strings(c.get("availableLanguages"))),
                new PublicCode.DependsOn(requires.get(DependencyKind.OPEN), requires.get(DependencyKind.PROPRIETARY), requires.get(DependencyKind.HARDWARE)),
                c.get("extensionsYaml").isNull() ? Map.of() : PublicCodeReader.extensions(c.get("extensionsYaml").asString()));
    }

    private static List<Value> sorted(Value list) {
        return list.asList(Function.identity()).stream().sorted(Comparator.comparingLong(v -> v.get("position").asLong())).toList();
    }

    private static Release toRelease(Value r) {
        return new Release(r.get("id").asString(), r.get("componentId").asString(), r.get("version").asString(),
                r.get("releasedOn").asLocalDate(), nullable(r.get("notes")), r.get("createdAt").asZonedDateTime().toInstant());
    }

    private static ComponentUse toUse(Value u) {
        return new ComponentUse(u.get("bodyId").asString(), u.get("componentId").asString(), nullable(u.get("version")),
                u.get("since").asZonedDateTime().toInstant(), nullable(u.get("context")));
    }

    private static List<String> strings(Value value) {
        return value.isNull() ? List.of() : value.asList(Value::asString);
    }

    private static @Nullable String nullable(Value value) {
        return value.isNull() ? null : value.asString();
    }

    private static Object utc(Instant instant) {
        return instant.atZone(ZoneOffset.UTC);
    }
}
