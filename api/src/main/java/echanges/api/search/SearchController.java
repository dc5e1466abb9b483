package echanges.api.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import echanges.api.graphql.Nodes;
import echanges.api.graphql.Viewers;
import echanges.platform.Connection;
import echanges.platform.GlobalId;
import echanges.platform.Language;
import echanges.platform.PageRequest;
import echanges.platform.Viewer;
import echanges.search.Search;
import echanges.search.SearchHit;
import echanges.search.SearchResults;

/** Maps `search`: hits from the index, each resolved through the graph with the viewer's rights. */
@Controller
class SearchController {

    enum SearchableType {
        CHALLENGE("challenge", "Challenge"), COMPONENT("component", "Component"), THREAD("thread", "Thread"), POST("post", "Post");

        final String index;
        final String graphqlType;

        SearchableType(String index, String graphqlType) {
            this.index = index;
            this.graphqlType = graphqlType;
        }

        static String graphqlType(String index) {
            return valueOf(index.toUpperCase(Locale.ROOT)).graphqlType;
        }
    }

    record SearchFilterInput(@Nullable String category, @Nullable String tag, @Nullable String author, @Nullable Boolean solved) {
        Search.Filter toFilter() {
            return new Search.Filter(category, tag, author, solved);
        }
    }

    record Highlight(String field, List<String> fragments) {
    }

    record SearchHitView(Object node, double score, Language language, List<Highlight> highlights) {
    }

    private final Search search;
    private final Nodes nodes;

    SearchController(Search search, Nodes nodes) {
        this.search = search;
        this.nodes = nodes;
    }

    @QueryMapping("search")
    Connection<SearchHitView> searchHits(@Argument String query, @Argument @Nullable List<SearchableType> types,
                                         @Argument @Nullable SearchFilterInput filter,
                                         @Argument Integer first, @Argument String after, @ContextValue(Viewers.KEY) Viewer viewer) {
        List<SearchableType> wanted = types == null || types.isEmpty() ? List.of(SearchableType.values()) : types;
        PageRequest page = PageRequest.of(first, after);
        SearchResults results = search.search(query, wanted.stream().map(t -> t.index).toList(),
                filter == null ? Search.Filter.NONE : filter.toFilter(), page);
        Map<GlobalId, Object> found = nodes.load(results.hits().stream().map(SearchController::globalId).toList(), viewer);
        // A hit the graph no longer shows this viewer is dropped rather than revealed.
        List<SearchHitView> visible = results.hits().stream().filter(h -> found.containsKey(globalId(h)))
                .map(h -> new SearchHitView(found.get(globalId(h)), h.score(), h.language(),
                        h.highlights().entrySet().stream().map(e -> new Highlight(e.getKey(), e.getValue())).toList()))
                .toList();
        return page.toConnection(visible, results.total());
    }

    private static GlobalId globalId(SearchHit hit) {
        return new GlobalId(SearchableType.graphqlType(hit.type()), hit.id());
    }
}
