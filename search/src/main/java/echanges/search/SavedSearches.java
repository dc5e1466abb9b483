package echanges.search;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.lucene.index.memory.MemoryIndex;
import org.jspecify.annotations.Nullable;

import echanges.platform.Connection;
import echanges.platform.EventBus;
import echanges.platform.Graph;
import echanges.platform.PageRequest;
import echanges.platform.SearchDocument;
import echanges.platform.Viewer;

/**
 * Saved searches and their alerts. A person saves a query with its types and filter, and may ask
 * to be alerted: when the outbox drain indexes a document, it is matched in memory against the
 * alerting saved searches of its type (loaded once per batch), never by re-running every saved
 * search against the index. Each (saved search, item) alerts once, ever, recorded in the graph
 * before the event goes out; only public documents are indexed, so a draft never alerts anyone.
 */
public final class SavedSearches implements OutboxDrain.Indexed {

    private static final int MAX_NAME = 100;
    private static final int MAX_QUERY = 500;

    private final SavedSearchRepository repository;
    private final Clock clock;
    private final EventBus events;
    private final Set<String> types;

    public SavedSearches(Graph graph, Clock clock, EventBus events, Set<String> types) {
        this.repository = new SavedSearchRepository(graph);
        this.clock = clock;
        this.events = events;
        this.types = Set.copyOf(types);
    }

    /** What to save: the name, the search, and whether to be alerted of new matches. */
    public record NewSavedSearch(String name, String query, List<String> types, SearchFilter filter, boolean alerting) {
    }

    public SavedSearch save(NewSavedSearch search, Viewer viewer) {
        String ownerId = viewer.requirePerson();
        String name = name(search.name());
        String query = search.query().strip();
        if (query.isEmpty() || query.length() > MAX_QUERY)
            throw new SearchException.InvalidQuery("a saved search's query has 1 to " + MAX_QUERY + " characters");
        if (search.types().isEmpty()) throw new SearchException.InvalidQuery("a saved search names at least one type");
        for (String type : search.types())
            if (!types.contains(type)) throw new SearchException.InvalidQuery("'" + type + "' is not a searchable type");
        return repository.create(UUID.randomUUID().toString(), ownerId, name, query, List.copyOf(Set.copyOf(search.types())),
                search.filter(), search.alerting(), clock.instant());
    }

    public SavedSearch rename(String id, String name, Viewer viewer) {
        String checked = name(name);
        return repository.update(id, viewer.requirePerson(), checked, null).orElseThrow(() -> new SearchException.SavedSearchNotFound(id));
    }

    /** Pauses (or resumes) a saved search's alerts; the search itself stays. */
    public SavedSearch pause(String id, boolean paused, Viewer viewer) {
        return repository.update(id, viewer.requirePerson(), null, paused).orElseThrow(() -> new SearchException.SavedSearchNotFound(id));
    }

    public SavedSearch delete(String id, Viewer viewer) {
        return repository.delete(id, viewer.requirePerson()).orElseThrow(() -> new SearchException.SavedSearchNotFound(id));
    }

    /** The viewer's saved searches, newest first. */
    public Connection<SavedSearch> of(Viewer viewer, PageRequest page) {
        return repository.page(viewer.requirePerson(), page);
    }

    /** The viewer's own saved searches among {@code ids}; others' are never returned. */
    public List<SavedSearch> byIds(Collection<String> ids, Viewer viewer) {
        return viewer.personId() == null ? List.of() : repository.byIds(viewer.personId(), ids);
    }

    @Override
    public void indexed(List<SearchDocument> documents) {
        List<SavedSearch> alerting = repository.alerting(documents.stream().map(SearchDocument::type).collect(Collectors.toSet()));
        if (alerting.isEmpty()) return;
        List<SavedSearchRepository.Match> matches = new ArrayList<>();
        for (SearchDocument doc : documents) {
            MemoryIndex analysed = null;
            for (SavedSearch search : alerting) {
                if (!search.types().contains(doc.type()) || !search.filter().matches(doc)) continue;
                if (analysed == null) analysed = AlertMatcher.index(doc);
                if (AlertMatcher.matches(analysed, search.query()))
                    matches.add(new SavedSearchRepository.Match(search.id(), doc.type(), doc.id(), doc.title()));
            }
        }
        // Recorded first: a replay of the batch finds them and stays silent.
        repository.record(matches, UUID.randomUUID().toString(), clock.instant()).forEach(events::publish);
    }

    private static String name(@Nullable String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME)
            throw new SearchException.InvalidQuery("a saved search's name has 1 to " + MAX_NAME + " characters");
        return stripped;
    }
}
