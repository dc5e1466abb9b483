package echanges.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import echanges.platform.Connection;
import echanges.platform.Graph;
import echanges.platform.Outbox;
import echanges.platform.PageRequest;
import echanges.platform.SearchDocument;
import echanges.platform.SearchDocumentSource;
import echanges.platform.Tags;
import echanges.platform.Viewer;
import echanges.procurement.Challenge;
import echanges.procurement.Challenges;
import echanges.procurement.ProcurementException;

/** The catalogue module's API: components, what paid for them and who reuses them. */
public class Components implements SearchDocumentSource {

    private final Graph graph;
    private final Clock clock;
    private final Challenges challenges;
    private final ComponentRepository repository;

    public Components(Graph graph, Clock clock, Challenges challenges) {
        this.graph = graph;
        this.clock = clock;
        this.challenges = challenges;
        this.repository = new ComponentRepository(graph);
    }

    /** Adds a component; linking it to a challenge takes an officer of the challenge's body. */
    public Component create(NewComponent component, Viewer viewer) {
        String personId = viewer.requirePerson();
        if (component.deliveredForId() != null) {
            Challenge challenge = challenges.byIds(List.of(component.deliveredForId()), viewer).get(component.deliveredForId());
            if (challenge == null) throw new ProcurementException.ChallengeNotFound(component.deliveredForId());
            if (!viewer.isOfficerOf(challenge.bodyId())) throw new CatalogueException.NotAnOfficer(challenge.bodyId());
        }
        List<String> tags = Tags.normalise(component.tags());
        String id = UUID.randomUUID().toString();
        graph.write(tx -> {
            repository.create(tx, id, component, personId, clock.instant());
            Tags.replace(tx, id, tags);
            Outbox.changed(tx, ComponentRepository.SEARCH_TYPE, id);
            return null;
        });
        return repository.byIds(List.of(id)).getFirst();
    }

    /** A public body declares that it runs a component; only its officers may say so. */
    public void declareUse(String bodyId, String componentId, @Nullable Instant since, Viewer viewer) {
        viewer.requirePerson();
        if (!viewer.isOfficerOf(bodyId)) throw new CatalogueException.NotAnOfficer(bodyId);
        Instant from = since == null ? clock.instant() : since;
        graph.write(tx -> {
            if (!repository.declareUse(tx, bodyId, componentId, from)) throw new CatalogueException.ComponentNotFound(componentId);
            Outbox.changed(tx, ComponentRepository.SEARCH_TYPE, componentId);
            return null;
        });
    }

    public Connection<Component> page(@Nullable String tag, PageRequest page) {
        return repository.page(tag, page);
    }

    public Map<String, Component> byIds(Collection<String> ids) {
        return repository.byIds(ids).stream().collect(Collectors.toMap(Component::id, Function.identity()));
    }

    /** Components delivered for each challenge, in one round trip. */
    public Map<String, List<Component>> deliveredFor(Collection<String> challengeIds) {
        return repository.deliveredFor(challengeIds);
    }

    /** The ids of the public bodies using each component, in one round trip. */
    public Map<String, List<String>> usersOf(Collection<String> componentIds) {
        return repository.usersOf(componentIds);
    }

    /** A page of the components each body uses, in one round trip. */
    public Map<String, Connection<Component>> usedBy(Collection<String> bodyIds, PageRequest page) {
        return repository.usedBy(bodyIds, page);
    }

    @Override
    public String type() {
        return ComponentRepository.SEARCH_TYPE;
    }

    @Override
    public List<SearchDocument> load(Collection<String> ids) {
        return repository.documents(ids);
    }

    @Override
    public List<String> allIds() {
        return repository.allIds();
    }
}
