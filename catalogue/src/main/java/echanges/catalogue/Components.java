package echanges.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import echanges.catalogue.publiccode.PublicCode;
import echanges.catalogue.publiccode.PublicCodeReader;
import echanges.catalogue.publiccode.PublicCodeWriter;
import echanges.platform.Connection;
import echanges.platform.EventBus;
import echanges.platform.Graph;
import echanges.platform.InProcessEventBus;
import echanges.platform.Outbox;
import echanges.platform.PageRequest;
import echanges.platform.SearchDocument;
import echanges.platform.SearchDocumentSource;
import echanges.platform.Tags;
import echanges.platform.Viewer;
import echanges.procurement.AwardResult;
import echanges.procurement.Awards;
import echanges.procurement.Challenge;
import echanges.procurement.Challenges;
import echanges.procurement.ProcurementException;

/**
 * The catalogue module's API: components described as publiccode.yml says, their releases and
 * dependencies, what paid for them and who reuses them.
 */
public class Components implements SearchDocumentSource {

    private static final int MAX_VERSION = 60;
    private static final int MAX_NOTES = 20_000;
    private static final int MAX_CONTEXT = 500;

    private final Graph graph;
    private final Clock clock;
    private final EventBus events;
    private final Challenges challenges;
    private final Awards awards;
    private final ComponentRepository repository;

    public Components(Graph graph, Clock clock, EventBus events, Challenges challenges, Awards awards) {
        this.graph = graph;
        this.clock = clock;
        this.events = events;
        this.challenges = challenges;
        this.awards = awards;
        this.repository = new ComponentRepository(graph);
    }

    /** For fixtures and loaders that no one listens to: events go to a bus of their own. */
    public Components(Graph graph, Clock clock, Challenges challenges) {
        this(graph, clock, new InProcessEventBus(), challenges, new Awards(graph, clock, new InProcessEventBus(), challenges));
    }

    /** Adds a component described by hand; linking it to a challenge takes an officer of the challenge's body. */
    public Component create(NewComponent component, Viewer viewer) {
        return store(component.toPublicCode(), component.deliveredForId(), component.tags(), viewer, false);
    }

    /**
     * Imports a pasted publiccode.yml document. An invalid document changes nothing and comes
     * back with every error by field path; a valid one becomes a component (and its first
     * release, when the document names a version and date).
     */
    public PublicCodeImport importPublicCode(String text, @Nullable String deliveredForId, List<String> tags, Viewer viewer) {
        viewer.requirePerson();
        return switch (PublicCodeReader.read(text)) {
            case PublicCodeReader.Invalid invalid -> new PublicCodeImport(null, invalid.errors());
            case PublicCodeReader.Valid valid -> new PublicCodeImport(store(valid.publicCode(), deliveredForId, tags, viewer, true), List.of());
        };
    }

    /** The component as a publiccode.yml document, built from the graph. */
    public String publiccodeYml(Component component) {
        return PublicCodeWriter.write(component.publicCode());
    }

    /**
     * Writes a component. {@code uniqueUrl}: publiccode.yml's {@code url} identifies the software, so
     * a second document for a repository already catalogued is refused; a component described by
     * hand makes no such claim.
     */
    private Component store(PublicCode code, @Nullable String deliveredForId, List<String> tags, Viewer viewer, boolean uniqueUrl) {
        String personId = viewer.requirePerson();
        String deliveredById = null;
        if (deliveredForId != null) {
            Challenge challenge = challenges.byIds(List.of(deliveredForId), viewer).get(deliveredForId);
            if (challenge == null) throw new ProcurementException.ChallengeNotFound(deliveredForId);
            if (!viewer.isOfficerOf(challenge.bodyId())) throw new CatalogueException.NotAnOfficer(challenge.bodyId());
            AwardResult winner = awards.winners(List.of(deliveredForId)).get(deliveredForId);
            deliveredById = winner == null ? null : winner.supplierId();
        }
        List<String> normalised = Tags.normalise(tags);
        String id = UUID.randomUUID().toString();
        String supplierId = deliveredById;
        Instant now = clock.instant();
        graph.write(tx -> {
            if (uniqueUrl) repository.idOfRepository(tx, code.url()).ifPresent(existing -> {
                throw new CatalogueException.AlreadyCatalogued(code.url(), existing);
            });
            repository.create(tx, id, code, deliveredForId, supplierId, personId, now);
            if (code.softwareVersion() != null && code.releaseDate() != null)
                repository.release(tx, UUID.randomUUID().toString(), id, code.softwareVersion(), code.releaseDate(), null, now);
            Tags.replace(tx, id, normalised);
            Outbox.changed(tx, ComponentRepository.SEARCH_TYPE, id);
            return null;
        });
        return repository.byIds(List.of(id)).getFirst();
    }

    /**
     * Once a challenge is awarded, credits its winner with the components already linked to it
     * (a component may be catalogued while the challenge is still open); safe to run again.
     */
    public void challengeAwarded(String challengeId) {
        AwardResult winner = awards.winners(List.of(challengeId)).get(challengeId);
        if (winner == null) return;
        graph.write(tx -> {
            repository.creditDeliverer(tx, challengeId, winner.supplierId()).forEach(id -> Outbox.changed(tx, ComponentRepository.SEARCH_TYPE, id));
            return null;
        });
    }

    /** Publishes a new version; the latest by date becomes the component's current version. */
    public Release publishRelease(String componentId, String version, LocalDate releasedOn, @Nullable String notes, Viewer viewer) {
        String v = version.strip();
        if (v.isEmpty() || v.length() > MAX_VERSION) throw new CatalogueException.InvalidComponent("a version has 1 to " + MAX_VERSION + " characters");
        if (notes != null && notes.length() > MAX_NOTES) throw new CatalogueException.InvalidComponent("release notes have at most " + MAX_NOTES + " characters");
        if (releasedOn.isAfter(LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).plusDays(1)))
            throw new CatalogueException.InvalidComponent("a release date is not in the future, was " + releasedOn);
        Release release = graph.write(tx -> {
            requireMaintainer(tx, componentId, viewer);
            Release r = repository.release(tx, UUID.randomUUID().toString(), componentId, v, releasedOn, notes, clock.instant())
                    .orElseThrow(() -> new CatalogueException.ReleaseExists(componentId, v));
            Outbox.changed(tx, ComponentRepository.SEARCH_TYPE, componentId);
            return r;
        });
        events.publish(new ComponentReleased(componentId, release.id()));
        return release;
    }

    /** A public body declares that it runs a component (or changes what it declared); only its officers may say so. */
    public ComponentUse declareUse(String bodyId, String componentId, @Nullable String version, @Nullable Instant since,
                                   @Nullable String context, Viewer viewer) {
        viewer.requirePerson();
        if (!viewer.isOfficerOf(bodyId)) throw new CatalogueException.NotAnOfficer(bodyId);
        if (version != null && (version.isBlank() || version.length() > MAX_VERSION))
            throw new CatalogueException.InvalidComponent("a version has 1 to " + MAX_VERSION + " characters");
        if (context != null && context.length() > MAX_CONTEXT)
            throw new CatalogueException.InvalidComponent("the context of a use has at most " + MAX_CONTEXT + " characters");
        Instant now = clock.instant();
        if (since != null && since.isAfter(now)) throw new CatalogueException.InvalidComponent("a use starts today or earlier, not " + since);
        ComponentUse use = graph.write(tx -> {
            ComponentUse u = repository.declareUse(tx, bodyId, componentId, version == null ? null : version.strip(), since == null ? now : since, since,
                    context == null || context.isBlank() ? null : context.strip()).orElseThrow(() -> new CatalogueException.ComponentNotFound(componentId));
            Outbox.changed(tx, ComponentRepository.SEARCH_TYPE, componentId);
            return u;
        });
        events.publish(new ComponentUsed(componentId, bodyId));
        return use;
    }

    /** As {@link #declareUse(String, String, String, Instant, String, Viewer)}, without version or context. */
    public void declareUse(String bodyId, String componentId, @Nullable Instant since, Viewer viewer) {
        declareUse(bodyId, componentId, null, since, null, viewer);
    }

    /** A body stops using a component; the past use is kept as history. */
    public void withdrawUse(String bodyId, String componentId, Viewer viewer) {
        viewer.requirePerson();
        if (!viewer.isOfficerOf(bodyId)) throw new CatalogueException.NotAnOfficer(bodyId);
        graph.write(tx -> {
            if (!repository.withdrawUse(tx, bodyId, componentId, clock.instant())) throw new CatalogueException.UseNotFound(bodyId, componentId);
            Outbox.changed(tx, ComponentRepository.SEARCH_TYPE, componentId);
            return null;
        });
    }

    /** Declares that one of our components needs another; refused when it would close a cycle. */
    public ComponentDependency addDependency(String componentId, String dependsOnId, @Nullable String versionRange, Viewer viewer) {
        String range = versionRange == null || versionRange.isBlank() ? null : versionRange.strip();
        if (range != null && range.length() > MAX_VERSION)
            throw new CatalogueException.InvalidComponent("a version range has at most " + MAX_VERSION + " characters");
        graph.write(tx -> {
            requireMaintainer(tx, componentId, viewer);
            List<String> back = repository.cycle(tx, componentId, dependsOnId);
            if (!back.isEmpty()) throw new CatalogueException.DependencyCycle(DependencyCycle.describe(back));
            repository.depend(tx, componentId, dependsOnId, range);
            Outbox.changed(tx, ComponentRepository.SEARCH_TYPE, componentId);
            return null;
        });
        return new ComponentDependency(componentId, dependsOnId, range);
    }

    private void requireMaintainer(echanges.platform.Tx tx, String componentId, Viewer viewer) {
        String personId = viewer.requirePerson();
        ComponentRepository.Maintained m = repository.lock(tx, componentId).orElseThrow(() -> new CatalogueException.ComponentNotFound(componentId));
        if (m.createdBy().equals(personId)) return;
        if (m.deliveredById() != null && viewer.representativeOf().contains(m.deliveredById())) return;
        if (m.deliveredForId() != null) {
            Challenge challenge = challenges.byIds(List.of(m.deliveredForId()), viewer).get(m.deliveredForId());
            if (challenge != null && viewer.isOfficerOf(challenge.bodyId())) return;
        }
        throw new CatalogueException.NotAMaintainer(componentId);
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

    /** A page of the components each supplier delivered through challenges it won, in one round trip. */
    public Map<String, Connection<Component>> deliveredBy(Collection<String> supplierIds, PageRequest page) {
        return repository.deliveredBy(supplierIds, page);
    }

    /** Each supplier's track record, in one round trip. */
    public Map<String, TrackRecord> trackRecords(Collection<String> supplierIds) {
        return repository.trackRecords(supplierIds);
    }

    /** The ids of the public bodies using each component, in one round trip. */
    public Map<String, List<String>> usersOf(Collection<String> componentIds) {
        return repository.usersOf(componentIds);
    }

    /** A page of each component's declared uses, latest first, in one round trip. */
    public Map<String, Connection<ComponentUse>> uses(Collection<String> componentIds, PageRequest page) {
        return repository.usesOf(componentIds, page);
    }

    /** A body's current use of a component, if it declares one. */
    public java.util.Optional<ComponentUse> use(String bodyId, String componentId) {
        return repository.use(bodyId, componentId);
    }

    /** A page of the components each body uses, in one round trip. */
    public Map<String, Connection<Component>> usedBy(Collection<String> bodyIds, PageRequest page) {
        return repository.usedBy(bodyIds, page);
    }

    /** A page of each component's releases, latest first, in one round trip. */
    public Map<String, Connection<Release>> releases(Collection<String> componentIds, PageRequest page) {
        return repository.releases(componentIds, page);
    }

    public List<Release> releasesByIds(Collection<String> ids) {
        return repository.releasesByIds(ids);
    }

    /** What each component depends on, in one round trip. */
    public Map<String, List<ComponentDependency>> dependencies(Collection<String> componentIds) {
        return repository.dependencies(componentIds, false);
    }

    /** The components depending on each component, in one round trip. */
    public Map<String, List<ComponentDependency>> dependents(Collection<String> componentIds) {
        return repository.dependencies(componentIds, true);
    }

    ComponentRepository repository() {
        return repository;
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
