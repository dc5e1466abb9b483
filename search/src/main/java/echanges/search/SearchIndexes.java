package echanges.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.mapping.DynamicTemplate;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.util.NamedValue;
import co.elastic.clients.util.ObjectBuilder;
import echanges.platform.SearchDocument;
import echanges.platform.SearchDocumentSource;
import echanges.search.server.AnalysisSettings;

/**
 * One index per searchable type, each behind an alias ({@code echanges-challenge} →
 * {@code echanges-challenge-v2-1763771234567}), so that a new mapping version is built beside the
 * live one and switched atomically. Writes are versioned upserts: Elasticsearch keeps the highest
 * version of a document, so a replayed or reordered write never overwrites a newer one.
 *
 * <p>The mapping version is stored in each index's {@code _meta}; at start-up an alias whose index
 * carries another version is rebuilt rather than refused. While an index is rebuilt it also carries
 * the write alias {@code echanges-<type>-next}, and every drain (on any API node) writes to both,
 * so changes made during the rebuild reach the new index; a consistency pass after the switch
 * repairs what a drain that looked before the alias appeared may have missed, and the old index is
 * deleted only then, so that searches in flight during the switch still complete.
 */
public final class SearchIndexes {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);
    static final String PREFIX = "echanges-";
    /** Bump when the mapping or analysis changes: start-up then rebuilds every index from the graph. */
    static final int MAPPING_VERSION = 3;
    static final String META_VERSION = "mappingVersion";
    private static final int CHUNK = 500;
    private static final int MAX_COMPLETION_SUFFIXES = 8;
    private static final AtomicLong LAST_NAME = new AtomicLong();

    private final ElasticsearchClient client;
    private final Map<String, SearchDocumentSource> sources;
    private final int mappingVersion;
    private final RebuildLease lease;

    public SearchIndexes(ElasticsearchClient client, Collection<SearchDocumentSource> sources) {
        this(client, sources, MAPPING_VERSION);
    }

    /** With another mapping version than the code's: for tests of what a version change does. */
    SearchIndexes(ElasticsearchClient client, Collection<SearchDocumentSource> sources, int mappingVersion) {
        this.client = client;
        this.sources = new LinkedHashMap<>();
        for (SearchDocumentSource source : sources) this.sources.put(source.type(), source);
        this.mappingVersion = mappingVersion;
        this.lease = new RebuildLease(client);
    }

    /** The alias searches read and drains write: {@code echanges-<type>}. */
    public static String alias(String type) {
        return PREFIX + type;
    }

    /** The write alias of an index being rebuilt. */
    static String nextAlias(String type) {
        return PREFIX + type + "-next";
    }

    /** The type of a document from the physical index it was found in. */
    static String typeOfIndex(String index) {
        String rest = index.substring(PREFIX.length());
        int version = rest.lastIndexOf("-v");
        return version < 0 ? rest : rest.substring(0, version);
    }

    public Set<String> types() {
        return sources.keySet();
    }

    ElasticsearchClient client() {
        return client;
    }

    SearchDocumentSource source(String type) {
        SearchDocumentSource source = sources.get(type);
        if (source == null) throw new IllegalArgumentException("no searchable type " + type);
        return source;
    }

    /**
     * Makes every type's alias point to an index of the current mapping version: a missing one is
     * built, an older (or newer) one rebuilt from the graph. Returns the types it built.
     */
    public Set<String> ensure() throws IOException {
        // A server still recovering its cluster state answers "no such alias": wait until it knows its indexes.
        var health = client.cluster().health(h -> h.waitForStatus(HealthStatus.Yellow).timeout(t -> t.time("30s")));
        if (health.timedOut()) throw new IOException("Elasticsearch is not ready: cluster status " + health.status());
        Set<String> built = new LinkedHashSet<>();
        for (String type : sources.keySet()) {
            Integer current = aliasMappingVersion(type);
            if (current != null && current == mappingVersion) continue;
            if (current != null) log.info("The {} index has mapping version {}, the code {}: rebuilding it from the graph", type, current, mappingVersion);
            if (rebuild(type)) built.add(type);
        }
        return built;
    }

    /** The mapping version of the index behind the type's alias, -1 if it has none, null without an alias. */
    @Nullable Integer aliasMappingVersion(String type) throws IOException {
        if (!client.indices().existsAlias(a -> a.name(alias(type))).value()) return null;
        var mappings = client.indices().getMapping(m -> m.index(alias(type))).result();
        for (var record : mappings.values()) {
            Map<String, JsonData> meta = record.mappings().meta();
            if (meta != null && meta.containsKey(META_VERSION)) return meta.get(META_VERSION).to(Integer.class);
        }
        return -1;
    }

    /**
     * Builds a new index of the type from the graph while the old one keeps serving, then switches
     * the alias to it and deletes the old one in one atomic alias update. Returns false, building
     * nothing, while another node rebuilds the type (its drains write to both indexes meanwhile).
     */
    public boolean rebuild(String type) throws IOException {
        if (!lease.acquire(type)) {
            log.info("Another node is rebuilding the {} index; leaving it to that node", type);
            return false;
        }
        try {
            build(type);
            return true;
        } finally {
            lease.release(type);
        }
    }

    private void build(String type) throws IOException {
        SearchDocumentSource source = source(type);
        // What an interrupted rebuild left behind would hold the next alias: start afresh.
        Set<String> leftovers = indexesBehind(nextAlias(type));
        if (!leftovers.isEmpty()) client.indices().delete(d -> d.index(List.copyOf(leftovers)));
        String index = alias(type) + "-v" + mappingVersion + "-" + uniqueSuffix();
        client.indices().create(c -> c.index(index)
                .settings(AnalysisSettings.builder().numberOfShards("1").numberOfReplicas("0").build())
                .mappings(mapping(mappingVersion))
                .aliases(nextAlias(type), a -> a.isWriteIndex(true)));
        List<String> ids;
        try {
            ids = source.allIds();
            for (int from = 0; from < ids.size(); from += CHUNK) {
                Applied applied = apply(type, ids.subList(from, Math.min(ids.size(), from + CHUNK)), List.of(index));
                if (!applied.failed().isEmpty())
                    throw new IOException(applied.failed().size() + " documents of " + type + " failed to index into " + index);
            }
        } catch (IOException | RuntimeException e) {
            client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
            throw e;
        }
        Set<String> old = indexesBehind(alias(type));
        if (old.isEmpty()) {
            // A first build: no drain could write anywhere before the alias existed (require_alias), so nothing to repair.
            client.indices().updateAliases(u -> u.actions(a -> a.add(x -> x.index(index).alias(alias(type))))
                    .actions(a -> a.remove(x -> x.index(index).alias(nextAlias(type)))));
            log.info("Built the {} index {} from the graph: {} documents", type, index, ids.size());
            return;
        }
        client.indices().updateAliases(u -> {
            u.actions(a -> a.add(x -> x.index(index).alias(alias(type))));
            u.actions(a -> a.remove(x -> x.index(index).alias(nextAlias(type))));
            for (String o : old) u.actions(a -> a.remove(x -> x.index(o).alias(alias(type))));
            return u;
        });
        // A drain that listed its targets just before the next alias appeared wrote only to the old index.
        Consistency.Drift drift = new Consistency(this).compare(type);
        if (!drift.isEmpty()) apply(type, drift.ids());
        // Only now, searches that started on the old index have long finished: it can go.
        client.indices().delete(d -> d.index(List.copyOf(old)).ignoreUnavailable(true));
        log.info("Built the {} index {} from the graph: {} documents, {} repaired after the switch", type, index, ids.size(), drift.ids().size());
    }

    private static String uniqueSuffix() {
        long now = Instant.now().toEpochMilli();
        return Long.toString(LAST_NAME.updateAndGet(last -> Math.max(last + 1, now)));
    }

    private Set<String> indexesBehind(String alias) throws IOException {
        try {
            return new HashSet<>(client.indices().getAlias(a -> a.name(alias)).result().keySet());
        } catch (ElasticsearchException e) {
            if (e.status() == 404) return Set.of();
            throw e;
        }
    }

    /** What an application of changes did: the documents written, and the ids that failed. */
    record Applied(List<SearchDocument> upserted, Set<String> failed) {
    }

    /**
     * Brings the type's live index (and the one being rebuilt, if any) in line with the graph for
     * these nodes: present ones are upserted at their version, absent ones (gone, or no longer
     * public) deleted.
     */
    Applied apply(String type, Collection<String> nodeIds) throws IOException {
        List<String> targets = new ArrayList<>(List.of(alias(type)));
        if (client.indices().existsAlias(a -> a.name(nextAlias(type))).value()) targets.add(nextAlias(type));
        return apply(type, nodeIds, targets);
    }

    private Applied apply(String type, Collection<String> nodeIds, List<String> targets) throws IOException {
        if (nodeIds.isEmpty()) return new Applied(List.of(), Set.of());
        List<SearchDocument> documents = source(type).load(nodeIds);
        Set<String> absent = new HashSet<>(nodeIds);
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (String target : targets) {
            for (SearchDocument doc : documents) {
                absent.remove(doc.id());
                // require_alias, on the live alias and on the next one alike: a missing alias (the rebuild just
                // switched, or none yet) fails the write, retried from the outbox, instead of creating an
                // unmapped index of that name, which would also block the next rebuild's alias.
                bulk.operations(op -> op.index(i -> i.index(target).id(doc.id()).requireAlias(target.startsWith(PREFIX + type + "-v") ? null : true)
                        .version(doc.version()).versionType(VersionType.External).document(source(doc))));
            }
            for (String id : absent) bulk.operations(op -> op.delete(d -> d.index(target).id(id)));
        }
        BulkResponse response = client.bulk(bulk.build());
        Set<String> failed = new HashSet<>();
        for (BulkResponseItem item : response.items())
            // 409: the index already holds this version or a newer one, which is what we want.
            if (item.error() != null && item.status() != 409) {
                log.warn("Indexing {} {} into {} failed: {}", type, item.id(), item.index(), item.error().reason());
                failed.add(item.id());
            }
        return new Applied(documents.stream().filter(d -> !failed.contains(d.id())).toList(), failed);
    }

    /** The id and version of every document in the type's live index. */
    Map<String, Long> indexedVersions(String type) throws IOException {
        Map<String, Long> versions = new HashMap<>();
        // Searches see what was refreshed: compare with every write acknowledged so far.
        client.indices().refresh(r -> r.index(alias(type)));
        ResponseBody<Void> page = client.search(s -> s.index(alias(type)).scroll(t -> t.time("1m")).size(1000)
                .source(src -> src.fetch(false)).version(true).sort(o -> o.doc(d -> d)), Void.class);
        String scrollId = page.scrollId();
        try {
            while (!page.hits().hits().isEmpty()) {
                for (Hit<Void> hit : page.hits().hits()) versions.put(hit.id(), hit.version() == null ? 0 : hit.version());
                String id = scrollId;
                page = client.scroll(r -> r.scrollId(id).scroll(t -> t.time("1m")), Void.class);
                scrollId = page.scrollId();
            }
        } finally {
            String id = scrollId;
            if (id != null) client.clearScroll(c -> c.scrollId(id));
        }
        return versions;
    }

    static Map<String, Object> source(SearchDocument doc) {
        Map<String, Object> source = new HashMap<>();
        source.put("type", doc.type());
        source.put("language", doc.language().name());
        source.put("title", doc.title());
        source.put("text", doc.text());
        source.put("tags", new ArrayList<>(doc.tags()));
        source.put("keywords", doc.keywords());
        source.put("facets", facets(doc));
        source.put("date", doc.date().toString());
        if (doc.budget() != null) source.put("budget", doc.budget().doubleValue());
        if (doc.closesAt() != null) source.put("closesAt", doc.closesAt().toString());
        if (doc.reuses() != null) source.put("reuses", doc.reuses());
        source.put("suggest", completions(doc));
        return source;
    }

    /** Single keywords and multi-valued facets together, so that every facet filters and counts one way. */
    static Map<String, List<String>> facets(SearchDocument doc) {
        Map<String, List<String>> facets = new HashMap<>();
        doc.keywords().forEach((name, value) -> facets.put(name, List.of(value)));
        doc.facets().forEach((name, values) -> {
            Set<String> merged = new LinkedHashSet<>(facets.getOrDefault(name, List.of()));
            merged.addAll(values);
            facets.put(name, List.copyOf(merged));
        });
        if (facets.containsKey("author"))
            facets.put("author", facets.get("author").stream().map(a -> a.toLowerCase(Locale.ROOT)).toList());
        return facets;
    }

    /**
     * What autocomplete offers for a document: its title, the title from each later word (so that
     * "vélo" completes "Location de vélos"), its tags and the module's own phrases.
     */
    static List<String> completions(SearchDocument doc) {
        Set<String> inputs = new LinkedHashSet<>();
        String title = clean(doc.title());
        if (!title.isEmpty()) {
            inputs.add(title);
            String[] words = title.split("\\s+");
            for (int i = 0; i < words.length && i <= MAX_COMPLETION_SUFFIXES; i++) {
                String rest = String.join(" ", List.of(words).subList(i, words.length));
                if (i > 0 && words[i].length() > 2) inputs.add(rest);
                // "l'application" completes from "appli" too.
                int elision = Math.max(words[i].indexOf('\''), words[i].indexOf('’'));
                if (elision > 0 && elision < 3) inputs.add(rest.substring(elision + 1));
            }
        }
        doc.tags().stream().map(SearchIndexes::clean).filter(t -> !t.isEmpty()).forEach(inputs::add);
        doc.completions().stream().map(SearchIndexes::clean).filter(t -> !t.isEmpty()).forEach(inputs::add);
        return List.copyOf(inputs);
    }

    /** Completion inputs may not hold the suggester's reserved separator characters. */
    private static String clean(String text) {
        return text.replaceAll("[\\u0000\\u001e\\u001f]", " ").strip();
    }

    /**
     * Title and text are analysed three ways (folded, French, English) so that either language
     * finds them; keywords and facets are exact keywords; budget, closing and reuses are range-able.
     */
    static TypeMapping mapping(int version) {
        return TypeMapping.of(m -> m
                .meta(META_VERSION, JsonData.of(version))
                .dynamicTemplates(
                        NamedValue.of("keywords_as_keyword", DynamicTemplate.of(d -> d.pathMatch("keywords.*").mapping(k -> k.keyword(kw -> kw)))),
                        NamedValue.of("facets_as_keyword", DynamicTemplate.of(d -> d.pathMatch("facets.*").mapping(k -> k.keyword(kw -> kw)))))
                .properties("type", p -> p.keyword(k -> k))
                .properties("language", p -> p.keyword(k -> k))
                .properties("date", p -> p.date(d -> d))
                .properties("closesAt", p -> p.date(d -> d))
                .properties("budget", p -> p.double_(d -> d))
                .properties("reuses", p -> p.long_(l -> l))
                .properties("tags", p -> p.keyword(k -> k.fields("text", f -> f.text(t -> t.analyzer(AnalysisSettings.FOLDED)))))
                .properties("title", SearchIndexes::bilingual)
                .properties("text", SearchIndexes::bilingual)
                .properties("keywords", p -> p.object(o -> o))
                .properties("facets", p -> p.object(o -> o))
                .properties("suggest", p -> p.completion(c -> c.analyzer(AnalysisSettings.FOLDED).searchAnalyzer(AnalysisSettings.FOLDED)
                        .maxInputLength(60))));
    }

    private static ObjectBuilder<Property> bilingual(Property.Builder p) {
        return p.text(t -> t.analyzer(AnalysisSettings.FOLDED)
                .fields("fr", f -> f.text(x -> x.analyzer(AnalysisSettings.FRENCH)))
                .fields("en", f -> f.text(x -> x.analyzer(AnalysisSettings.ENGLISH))));
    }
}
