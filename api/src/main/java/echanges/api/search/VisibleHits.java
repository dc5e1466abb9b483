package echanges.api.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import echanges.api.graphql.Nodes;
import echanges.platform.GlobalId;
import echanges.platform.SearchDocument;
import echanges.platform.SearchDocumentSource;
import echanges.platform.Viewer;

/**
 * Decides from the graph, for every hit, whether this viewer may see it: the module must still
 * call it public (its search source still loads it: not a draft, not hidden or deleted, not a
 * suspended person), and the viewer must be allowed to read it. An index that lags behind the
 * graph therefore never shows more than the graph would. One round trip per type and step.
 */
@Component
class VisibleHits {

    private final Nodes nodes;
    private final Map<String, SearchDocumentSource> sources = new HashMap<>();

    VisibleHits(Nodes nodes, List<SearchDocumentSource> sources) {
        this.nodes = nodes;
        for (SearchDocumentSource source : sources) this.sources.put(source.type(), source);
    }

    Map<GlobalId, Object> resolve(Collection<GlobalId> ids, Viewer viewer) {
        Set<GlobalId> stillPublic = new HashSet<>();
        ids.stream().collect(Collectors.groupingBy(GlobalId::type)).forEach((graphqlType, group) -> {
            SearchDocumentSource source = sources.get(indexType(graphqlType));
            if (source == null) return;
            source.load(group.stream().map(GlobalId::id).distinct().toList()).stream()
                    .map(SearchDocument::id).forEach(id -> stillPublic.add(new GlobalId(graphqlType, id)));
        });
        Map<GlobalId, Object> found = new HashMap<>(nodes.load(stillPublic, viewer));
        found.keySet().retainAll(stillPublic);
        return found;
    }

    private static String indexType(String graphqlType) {
        for (SearchController.SearchableType t : SearchController.SearchableType.values())
            if (t.graphqlType.equals(graphqlType)) return t.index;
        return "";
    }
}
