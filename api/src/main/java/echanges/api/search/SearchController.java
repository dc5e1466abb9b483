package echanges.api.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

import echanges.api.graphql.Viewers;
import echanges.platform.Connection;
import echanges.platform.GlobalId;
import echanges.platform.Language;
import echanges.platform.PageRequest;
import echanges.platform.PlatformException;
import echanges.platform.Viewer;
import echanges.search.Completion;
import echanges.search.Consistency;
import echanges.search.MoreLikeThis;
import echanges.search.SavedSearch;
import echanges.search.SavedSearches;
import echanges.search.Search;
import echanges.search.SearchAlerted;
import echanges.search.SearchFilter;
import echanges.search.SearchHit;
import echanges.search.SearchResults;
import echanges.search.SearchSort;
import echanges.platform.EventBus;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Maps search, autocomplete, saved searches and their alerts. Every hit is resolved through the
 * graph ({@link VisibleHits}) with the viewer's rights before it is shown.
 */
@Controller
class SearchController {

    enum SearchableType {
        CHALLENGE("challenge", "Challenge"), COMPONENT("component", "Component"), THREAD("thread", "Thread"), POST("post", "Post"),
        SUPPLIER("supplier", "Supplier"), PUBLIC_BODY("body", "PublicBody"), PERSON("person", "Person");

        final String index;
        final String graphqlType;

        SearchableType(String index, String graphqlType) {
            this.index = index;
            this.graphqlType = graphqlType;
        }

        static SearchableType ofIndex(String index) {
            return Arrays.stream(values()).filter(t -> t.index.equals(index)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no searchable type for index " + index));
        }

        /** What a search covers by default: everything but people, who are only completed. */
        static List<SearchableType> searchedByDefault() {
            return Arrays.stream(values()).filter(t -> t != PERSON).toList();
        }

        static List<String> indexes(@Nullable List<SearchableType> types, List<SearchableType> defaults) {
            return (types == null || types.isEmpty() ? defaults : types).stream().map(t -> t.index).distinct().toList();
        }

        /** The types of a search (people are completed, never searched: they are no search result). */
        static List<String> searched(@Nullable List<SearchableType> types) {
            if (types != null && types.contains(PERSON))
                throw new PlatformException.InvalidArgument("PERSON is for autocomplete only; search suppliers, bodies and the rest");
            return indexes(types, searchedByDefault());
        }
    }

    record SearchFilterInput(@Nullable String category, @Nullable String tag, @Nullable String author, @Nullable Boolean solved,
                             @Nullable List<String> status, @Nullable String body, @Nullable String licence,
                             @Nullable BigDecimal budgetMin, @Nullable BigDecimal budgetMax,
                             @Nullable Instant closesAfter, @Nullable Instant closesBefore,
                             @Nullable String platform, @Nullable String developmentStatus, @Nullable String softwareType,
                             @Nullable Integer minReuses) {
        SearchFilter toFilter() {
            return new SearchFilter(category, tag, author, solved, status, body, licence, budgetMin, budgetMax, closesAfter, closesBefore,
                    platform, developmentStatus, softwareType, minReuses == null ? null : minReuses.longValue());
        }

        static SearchFilter of(@Nullable SearchFilterInput input) {
            return input == null ? SearchFilter.NONE : input.toFilter();
        }
    }

    record Highlight(String field, List<String> fragments) {
    }

    record SearchHitView(Object node, double score, Language language, List<Highlight> highlights) {
    }

    record FacetValue(String value, long count) {
    }

    record Facet(String name, List<FacetValue> values) {
    }

    record SearchConnection(List<Connection.Edge<SearchHitView>> edges, Connection.PageInfo pageInfo, long totalCount,
                            List<Facet> facets, @Nullable String didYouMean) {
    }

    record CompletionView(String text, Object node) {
    }

    record SaveSearchInput(String name, String query, @Nullable List<SearchableType> types, @Nullable SearchFilterInput filter, boolean alerting) {
    }

    record SavedSearchPayload(SavedSearch savedSearch) {
    }

    record RenameSavedSearchInput(String id, String name) {
    }

    record PauseSavedSearchInput(String id, boolean paused) {
    }

    record DeleteSavedSearchInput(String id) {
    }

    record DeleteSavedSearchPayload(String deletedId) {
    }

    record SearchAlertView(SavedSearch savedSearch, Object node) {
    }

    record TypeConsistency(String type, long inGraph, long inIndex, int missing, int stale, int extra) {
    }

    record CheckSearchConsistencyPayload(List<TypeConsistency> types, long repaired) {
    }

    record SimilarItem(Object node, double score) {
    }

    private static final String SAVED_SEARCH = "SavedSearch";
    private static final List<String> SIMILAR = List.of("Challenge", "Component", "Thread");

    private final Search search;
    private final VisibleHits visible;
    private final SavedSearches savedSearches;
    private final Consistency consistency;
    private final EventBus events;
    private final MoreLikeThis moreLikeThis;

    SearchController(Search search, VisibleHits visible, SavedSearches savedSearches, Consistency consistency, EventBus events,
                     MoreLikeThis moreLikeThis) {
        this.moreLikeThis = moreLikeThis;
        this.search = search;
        this.visible = visible;
        this.savedSearches = savedSearches;
        this.consistency = consistency;
        this.events = events;
    }

    @QueryMapping("search")
    SearchConnection searchHits(@Argument String query, @Argument @Nullable List<SearchableType> types,
                                @Argument @Nullable SearchFilterInput filter, @Argument SearchSort sort,
                                @Argument Integer first, @Argument String after, @ContextValue(Viewers.KEY) Viewer viewer) {
        PageRequest page = PageRequest.of(first, after);
        SearchResults results = search.search(query, SearchableType.searched(types),
                SearchFilterInput.of(filter), sort, page);
        Map<GlobalId, Object> found = visible.resolve(results.hits().stream().map(h -> globalId(h.type(), h.id())).toList(), viewer);
        // A hit the graph no longer shows this viewer is dropped rather than revealed.
        List<SearchHitView> hits = results.hits().stream().filter(h -> found.containsKey(globalId(h.type(), h.id())))
                .map(h -> view(h, found.get(globalId(h.type(), h.id())))).toList();
        Connection<SearchHitView> connection = page.toConnection(hits, results.total());
        return new SearchConnection(connection.edges(), connection.pageInfo(), connection.totalCount(),
                results.facets().stream().map(f -> new Facet(f.name(), f.buckets().stream().map(b -> new FacetValue(b.value(), b.count())).toList()))
                        .toList(),
                results.didYouMean());
    }

    @QueryMapping
    List<CompletionView> autocomplete(@Argument String prefix, @Argument @Nullable List<SearchableType> types, @Argument Integer first,
                                      @ContextValue(Viewers.KEY) Viewer viewer) {
        List<Completion> completions = search.autocomplete(prefix, SearchableType.indexes(types, List.of(SearchableType.values())), first);
        Map<GlobalId, Object> found = visible.resolve(completions.stream().map(c -> globalId(c.type(), c.id())).toList(), viewer);
        return completions.stream().filter(c -> found.containsKey(globalId(c.type(), c.id())))
                .map(c -> new CompletionView(c.text(), found.get(globalId(c.type(), c.id())))).toList();
    }

    @QueryMapping
    List<SimilarItem> moreLikeThis(@Argument String id, @Argument Integer first, @ContextValue(Viewers.KEY) Viewer viewer) {
        GlobalId of = GlobalId.parse(id);
        requireType(of, SIMILAR);
        if (first < 1 || first > PageRequest.MAX_PAGE)
            throw new PlatformException.InvalidArgument("first must be between 1 and " + PageRequest.MAX_PAGE + ", was " + first);
        // The item itself must be one the viewer may see, and public: a draft lends its words to nobody.
        if (!visible.resolve(List.of(of), viewer).containsKey(of)) return List.of();
        List<String> types = SIMILAR.stream().map(SearchController::indexOf).toList();
        List<MoreLikeThis.Hit> hits = moreLikeThis.likeDocument(indexOf(of.type()), of.id(), types, first);
        Map<GlobalId, Object> found = visible.resolve(hits.stream().map(h -> globalId(h.type(), h.id())).toList(), viewer);
        return hits.stream().filter(h -> found.containsKey(globalId(h.type(), h.id())))
                .map(h -> new SimilarItem(found.get(globalId(h.type(), h.id())), h.score())).toList();
    }

    @QueryMapping
    Connection<SavedSearch> savedSearches(@Argument Integer first, @Argument String after, @ContextValue(Viewers.KEY) Viewer viewer) {
        return savedSearches.of(viewer, PageRequest.of(first, after));
    }

    @MutationMapping
    SavedSearchPayload saveSearch(@Argument SaveSearchInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new SavedSearchPayload(savedSearches.save(new SavedSearches.NewSavedSearch(input.name(), input.query(),
                SearchableType.searched(input.types()), SearchFilterInput.of(input.filter()), input.alerting()), viewer));
    }

    @MutationMapping
    SavedSearchPayload renameSavedSearch(@Argument RenameSavedSearchInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new SavedSearchPayload(savedSearches.rename(GlobalId.expect(input.id(), SAVED_SEARCH), input.name(), viewer));
    }

    @MutationMapping
    SavedSearchPayload pauseSavedSearch(@Argument PauseSavedSearchInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new SavedSearchPayload(savedSearches.pause(GlobalId.expect(input.id(), SAVED_SEARCH), input.paused(), viewer));
    }

    @MutationMapping
    DeleteSavedSearchPayload deleteSavedSearch(@Argument DeleteSavedSearchInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new DeleteSavedSearchPayload(GlobalId.encode(SAVED_SEARCH, savedSearches.delete(GlobalId.expect(input.id(), SAVED_SEARCH), viewer).id()));
    }

    @MutationMapping
    CheckSearchConsistencyPayload checkSearchConsistency(@ContextValue(Viewers.KEY) Viewer viewer) {
        Consistency.Report report = consistency.checkAndRepair(viewer);
        return new CheckSearchConsistencyPayload(report.drifts().stream().map(d -> new TypeConsistency(d.type(), d.inGraph(), d.inIndex(),
                d.missing().size(), d.stale().size(), d.extra().size())).toList(), report.repaired());
    }

    @SubscriptionMapping
    Flux<SearchAlertView> searchAlert(@ContextValue(Viewers.KEY) Viewer viewer) {
        String personId = viewer.requirePerson();
        return events.on(SearchAlerted.class).filter(e -> e.personId().equals(personId))
                .concatMap(e -> Mono.fromCallable(() -> alert(e, viewer)).subscribeOn(Schedulers.boundedElastic()));
    }

    /** The alert as the viewer may see it now; empty when the item or the saved search is gone meanwhile. */
    private @Nullable SearchAlertView alert(SearchAlerted e, Viewer viewer) {
        List<SavedSearch> saved = savedSearches.byIds(List.of(e.savedSearchId()), viewer);
        GlobalId id = globalId(e.type(), e.nodeId());
        Object node = visible.resolve(List.of(id), viewer).get(id);
        return saved.isEmpty() || node == null ? null : new SearchAlertView(saved.getFirst(), node);
    }

    @SchemaMapping(typeName = "SavedSearch")
    String id(SavedSearch saved) {
        return GlobalId.encode(SAVED_SEARCH, saved.id());
    }

    @SchemaMapping(typeName = "SavedSearch")
    List<SearchableType> types(SavedSearch saved) {
        return saved.types().stream().map(SearchableType::ofIndex).toList();
    }

    @SchemaMapping(typeName = "SavedSearch")
    Instant createdAt(SavedSearch saved) {
        return saved.createdAt();
    }

    private static String indexOf(String graphqlType) {
        return Arrays.stream(SearchableType.values()).filter(t -> t.graphqlType.equals(graphqlType)).findFirst().orElseThrow().index;
    }

    static GlobalId globalId(String type, String id) {
        return new GlobalId(SearchableType.ofIndex(type).graphqlType, id);
    }

    static SearchHitView view(SearchHit hit, Object node) {
        return new SearchHitView(node, hit.score(), hit.language(),
                hit.highlights().entrySet().stream().map(e -> new Highlight(e.getKey(), e.getValue())).toList());
    }

    static void requireType(GlobalId id, List<String> types) {
        if (!types.contains(id.type()))
            throw new PlatformException.InvalidArgument("expected the id of a " + String.join(", ", types) + ", got a " + id.type());
    }
}
