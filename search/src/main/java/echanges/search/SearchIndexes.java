package echanges.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.mapping.DynamicTemplate;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.util.NamedValue;
import echanges.platform.SearchDocument;
import echanges.platform.SearchDocumentSource;
import echanges.search.server.AnalysisSettings;

/**
 * One index per searchable type, each behind an alias ({@code echanges-challenge} →
 * {@code echanges-challenge-v1}) so that a later mapping version can be built beside it and
 * switched atomically. Writes are versioned upserts: Elasticsearch keeps the highest version of a
 * document, so a replayed or reordered write never overwrites a newer one.
 */
final class SearchIndexes {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);
    static final String PREFIX = "echanges-";
    /** Bump when the mapping or analysis changes; the new version is built from the graph. */
    static final int MAPPING_VERSION = 1;
    private static final int REBUILD_CHUNK = 500;

    private final ElasticsearchClient client;
    private final Map<String, SearchDocumentSource> sources;

    SearchIndexes(ElasticsearchClient client, Collection<SearchDocumentSource> sources) {
        this.client = client;
        this.sources = new HashMap<>();
        for (SearchDocumentSource source : sources) this.sources.put(source.type(), source);
    }

    static String alias(String type) {
        return PREFIX + type;
    }

    Set<String> types() {
        return sources.keySet();
    }

    SearchDocumentSource source(String type) {
        SearchDocumentSource source = sources.get(type);
        if (source == null) throw new IllegalArgumentException("no searchable type " + type);
        return source;
    }

    /** Creates the missing indexes and fills each new one from the graph; returns the types it built. */
    Set<String> ensure() throws IOException {
        Set<String> built = new HashSet<>();
        for (String type : sources.keySet()) {
            if (client.indices().existsAlias(a -> a.name(alias(type))).value()) continue;
            String index = alias(type) + "-v" + MAPPING_VERSION;
            if (!client.indices().exists(e -> e.index(index)).value())
                client.indices().create(c -> c.index(index)
                        .settings(AnalysisSettings.builder().numberOfShards("1").numberOfReplicas("0").build())
                        .mappings(mapping())
                        .aliases(alias(type), a -> a));
            else
                client.indices().putAlias(a -> a.index(index).name(alias(type)));
            rebuild(type);
            built.add(type);
        }
        return built;
    }

    /** Indexes every document of a type from the graph, in chunks. */
    void rebuild(String type) throws IOException {
        SearchDocumentSource source = source(type);
        List<String> ids = source.allIds();
        for (int from = 0; from < ids.size(); from += REBUILD_CHUNK) {
            Set<String> failed = apply(type, ids.subList(from, Math.min(ids.size(), from + REBUILD_CHUNK)));
            if (!failed.isEmpty()) throw new IOException(failed.size() + " documents of " + type + " failed to index");
        }
        log.info("Built the {} index from the graph: {} documents", type, ids.size());
    }

    /**
     * Brings the index in line with the graph for these nodes: present ones are upserted at their
     * version, absent ones (gone, or no longer public) deleted. Returns the ids that failed.
     */
    Set<String> apply(String type, Collection<String> nodeIds) throws IOException {
        if (nodeIds.isEmpty()) return Set.of();
        List<SearchDocument> documents = source(type).load(nodeIds);
        Set<String> absent = new HashSet<>(nodeIds);
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (SearchDocument doc : documents) {
            absent.remove(doc.id());
            bulk.operations(op -> op.index(i -> i.index(alias(type)).id(doc.id())
                    .version(doc.version()).versionType(VersionType.External).document(source(doc))));
        }
        for (String id : absent) bulk.operations(op -> op.delete(d -> d.index(alias(type)).id(id)));
        BulkResponse response = client.bulk(bulk.build());
        Set<String> failed = new HashSet<>();
        for (BulkResponseItem item : response.items())
            // 409: the index already holds this version or a newer one, which is what we want.
            if (item.error() != null && item.status() != 409) {
                log.warn("Indexing {} {} failed: {}", type, item.id(), item.error().reason());
                failed.add(item.id());
            }
        return failed;
    }

    private static Map<String, Object> source(SearchDocument doc) {
        Map<String, Object> source = new HashMap<>();
        source.put("type", doc.type());
        source.put("language", doc.language().name());
        source.put("title", doc.title());
        source.put("text", doc.text());
        source.put("tags", new ArrayList<>(doc.tags()));
        source.put("keywords", doc.keywords());
        source.put("date", doc.date().toString());
        return source;
    }

    /** Title and text are analysed three ways (folded, French, English) so that either language finds them. */
    private static TypeMapping mapping() {
        return TypeMapping.of(m -> m
                .dynamicTemplates(NamedValue.of("keywords_as_keyword", DynamicTemplate.of(d -> d
                        .pathMatch("keywords.*").mapping(k -> k.keyword(kw -> kw)))))
                .properties("type", p -> p.keyword(k -> k))
                .properties("language", p -> p.keyword(k -> k))
                .properties("date", p -> p.date(d -> d))
                .properties("tags", p -> p.keyword(k -> k.fields("text", f -> f.text(t -> t.analyzer(AnalysisSettings.FOLDED)))))
                .properties("title", SearchIndexes::bilingual)
                .properties("text", SearchIndexes::bilingual)
                .properties("keywords", p -> p.object(o -> o)));
    }

    private static co.elastic.clients.util.ObjectBuilder<co.elastic.clients.elasticsearch._types.mapping.Property> bilingual(
            co.elastic.clients.elasticsearch._types.mapping.Property.Builder p) {
        return p.text(t -> t.analyzer(AnalysisSettings.FOLDED)
                .fields("fr", f -> f.text(x -> x.analyzer(AnalysisSettings.FRENCH)))
                .fields("en", f -> f.text(x -> x.analyzer(AnalysisSettings.ENGLISH))));
    }
}
