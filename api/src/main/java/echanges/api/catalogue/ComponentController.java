package echanges.api.catalogue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import echanges.accounts.Accounts;
import echanges.accounts.PublicBody;
import echanges.accounts.Supplier;
import echanges.api.graphql.Batches;
import echanges.api.graphql.ChildPages;
import echanges.api.graphql.Viewers;
import echanges.catalogue.Component;
import echanges.catalogue.ComponentDependency;
import echanges.catalogue.ComponentReleased;
import echanges.catalogue.ComponentUse;
import echanges.catalogue.ComponentUsed;
import echanges.catalogue.Components;
import echanges.catalogue.NewComponent;
import echanges.catalogue.PublicCodeImport;
import echanges.catalogue.Release;
import echanges.catalogue.TrackRecord;
import echanges.catalogue.publiccode.PublicCode;
import echanges.catalogue.publiccode.PublicCodeError;
import echanges.forum.Forum;
import echanges.forum.Notification;
import echanges.forum.Thread;
import echanges.platform.Connection;
import echanges.platform.EventBus;
import echanges.platform.GlobalId;
import echanges.platform.Language;
import echanges.platform.PageRequest;
import echanges.platform.PlatformException;
import echanges.platform.Tag;
import echanges.platform.Tags;
import echanges.platform.Viewer;
import echanges.procurement.AwardResult;
import echanges.procurement.Awards;
import echanges.procurement.Challenge;
import echanges.procurement.Challenges;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Maps Component, its publiccode.yml description, releases, dependencies and uses, and a supplier's track record. */
@Controller
class ComponentController {

    record ComponentFilterInput(@Nullable String tag) {
    }

    record CreateComponentInput(String name, String description, Language language, String repositoryUrl, String licence,
                                @Nullable String deliveredForId, @Nullable List<String> tags) {
        NewComponent toComponent() {
            return new NewComponent(name, description, language, repositoryUrl, licence,
                    deliveredForId == null ? null : GlobalId.expect(deliveredForId, "Challenge"), tags == null ? List.of() : tags);
        }
    }

    record CreateComponentPayload(Component component) {
    }

    record ImportPublicCodeInput(String text, @Nullable String deliveredFor, @Nullable List<String> tags) {
    }

    record ImportPublicCodePayload(@Nullable Component component, List<PublicCodeError> errors) {
    }

    record PublishReleaseInput(String componentId, String version, String releasedOn, @Nullable String notes) {
    }

    record PublishReleasePayload(Release release) {
    }

    record DeclareComponentUseInput(String bodyId, String componentId, @Nullable String version, @Nullable Instant since, @Nullable String context) {
    }

    record DeclareComponentUsePayload(ComponentUse use) {
    }

    record WithdrawComponentUseInput(String bodyId, String componentId) {
    }

    record WithdrawComponentUsePayload(Component component) {
    }

    record AddComponentDependencyInput(String componentId, String dependsOnId, @Nullable String versionRange) {
    }

    record AddComponentDependencyPayload(ComponentDependency dependency) {
    }

    record Money(BigDecimal amount, String currency) {
    }

    record ComponentFunding(Challenge challenge, Supplier supplier, Money amount) {
    }

    /** A description with its language, as the schema lists them. */
    record DescriptionView(String language, @Nullable String localisedName, String shortDescription, @Nullable String longDescription,
                           @Nullable String documentation, @Nullable String apiDocumentation, List<String> features,
                           List<String> screenshots, List<String> videos, List<String> awards) {
        static DescriptionView of(String language, PublicCode.Description d) {
            return new DescriptionView(language, d.localisedName(), d.shortDescription(), d.longDescription(), d.documentation(),
                    d.apiDocumentation(), d.features(), d.screenshots(), d.videos(), d.awards());
        }
    }

    /** An external dependency with its kind, as the schema lists them. */
    record ExternalDependencyView(PublicCode.DependencyKind kind, String name, @Nullable String versionMin, @Nullable String versionMax,
                                  @Nullable String version, @Nullable Boolean optional) {
        static ExternalDependencyView of(PublicCode.DependencyKind kind, PublicCode.Dependency d) {
            return new ExternalDependencyView(kind, d.name(), d.versionMin(), d.versionMax(), d.version(), d.optional());
        }
    }

    private static final String THREADS = "Component.threads";
    private static final String USERS = "Component.users";
    private static final String RELEASES = "Component.releases";
    private static final String DELIVERED = "Supplier.deliveredComponents";

    private final Components components;
    private final Challenges challenges;
    private final Awards awards;
    private final Accounts accounts;
    private final Tags tags;
    private final EventBus events;

    ComponentController(Components components, Challenges challenges, Awards awards, Accounts accounts, Tags tags, Forum forum,
                        EventBus events, BatchLoaderRegistry registry) {
        this.components = components;
        this.challenges = challenges;
        this.awards = awards;
        this.accounts = accounts;
        this.tags = tags;
        this.events = events;
        ChildPages.<Thread>register(registry, THREADS, forum::threadsAbout);
        ChildPages.<ComponentUse>register(registry, USERS, components::uses);
        ChildPages.<Release>register(registry, RELEASES, components::releases);
        ChildPages.<Component>register(registry, DELIVERED, components::deliveredBy);
    }

    @QueryMapping("components")
    Connection<Component> componentList(@Argument Integer first, @Argument String after, @Argument @Nullable ComponentFilterInput filter) {
        return components.page(filter == null ? null : filter.tag(), PageRequest.of(first, after));
    }

    @MutationMapping
    CreateComponentPayload createComponent(@Argument CreateComponentInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new CreateComponentPayload(components.create(input.toComponent(), viewer));
    }

    @MutationMapping
    ImportPublicCodePayload importPublicCode(@Argument ImportPublicCodeInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        PublicCodeImport result = components.importPublicCode(input.text(),
                input.deliveredFor() == null ? null : GlobalId.expect(input.deliveredFor(), "Challenge"),
                input.tags() == null ? List.of() : input.tags(), viewer);
        return new ImportPublicCodePayload(result.component(), result.errors());
    }

    @MutationMapping
    PublishReleasePayload publishRelease(@Argument PublishReleaseInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new PublishReleasePayload(components.publishRelease(GlobalId.expect(input.componentId(), "Component"), input.version(),
                date(input.releasedOn(), "releasedOn"), input.notes(), viewer));
    }

    @MutationMapping
    DeclareComponentUsePayload declareComponentUse(@Argument DeclareComponentUseInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new DeclareComponentUsePayload(components.declareUse(GlobalId.expect(input.bodyId(), "PublicBody"),
                GlobalId.expect(input.componentId(), "Component"), input.version(), input.since(), input.context(), viewer));
    }

    @MutationMapping
    WithdrawComponentUsePayload withdrawComponentUse(@Argument WithdrawComponentUseInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        String componentId = GlobalId.expect(input.componentId(), "Component");
        components.withdrawUse(GlobalId.expect(input.bodyId(), "PublicBody"), componentId, viewer);
        return new WithdrawComponentUsePayload(components.byIds(List.of(componentId)).get(componentId));
    }

    @MutationMapping
    AddComponentDependencyPayload addComponentDependency(@Argument AddComponentDependencyInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new AddComponentDependencyPayload(components.addDependency(GlobalId.expect(input.componentId(), "Component"),
                GlobalId.expect(input.dependsOnId(), "Component"), input.versionRange(), viewer));
    }

    @SubscriptionMapping
    Flux<Release> componentReleased(@Argument String componentId) {
        String id = GlobalId.expect(componentId, "Component");
        return events.on(ComponentReleased.class).filter(e -> e.componentId().equals(id))
                .concatMap(e -> Mono.fromCallable(() -> components.releasesByIds(List.of(e.releaseId())).stream().findFirst().orElse(null))
                        .subscribeOn(Schedulers.boundedElastic()));
    }

    @SubscriptionMapping
    Flux<ComponentUse> componentUsed(@Argument String componentId) {
        String id = GlobalId.expect(componentId, "Component");
        return events.on(ComponentUsed.class).filter(e -> e.componentId().equals(id))
                .concatMap(e -> Mono.fromCallable(() -> components.use(e.bodyId(), id).orElse(null)).subscribeOn(Schedulers.boundedElastic()));
    }

    @BatchMapping(typeName = "Component", field = "tags")
    Map<Component, List<Tag>> componentTags(List<Component> batch) {
        return Batches.byKey(batch, Component::id, tags.of(batch.stream().map(Component::id).toList()));
    }

    @BatchMapping(typeName = "Component")
    Map<Component, Challenge> deliveredFor(List<Component> batch, GraphQLContext context) {
        return Batches.byKey(batch, Component::deliveredForId,
                challenges.byIds(batch.stream().map(Component::deliveredForId).filter(Objects::nonNull).distinct().toList(), Viewers.of(context)));
    }

    @BatchMapping(typeName = "Component")
    Map<Component, Supplier> deliveredBy(List<Component> batch) {
        return Batches.byKey(batch, Component::deliveredById,
                accounts.suppliers(batch.stream().map(Component::deliveredById).filter(Objects::nonNull).distinct().toList()));
    }

    /** Three round trips for any number of components: the challenges the viewer may see, their public winners, the suppliers. */
    @BatchMapping(typeName = "Component")
    Map<Component, ComponentFunding> funding(List<Component> batch, GraphQLContext context) {
        List<String> challengeIds = batch.stream().map(Component::deliveredForId).filter(Objects::nonNull).distinct().toList();
        if (challengeIds.isEmpty()) return Map.of();
        Map<String, Challenge> visible = challenges.byIds(challengeIds, Viewers.of(context));
        Map<String, AwardResult> winners = awards.winners(visible.keySet());
        Map<String, Supplier> suppliers = accounts.suppliers(winners.values().stream().map(AwardResult::supplierId).distinct().toList());
        Map<String, ComponentFunding> byChallenge = new LinkedHashMap<>();
        winners.forEach((challengeId, winner) -> {
            Challenge challenge = visible.get(challengeId);
            Supplier supplier = suppliers.get(winner.supplierId());
            if (challenge != null && supplier != null)
                byChallenge.put(challengeId, new ComponentFunding(challenge, supplier, new Money(winner.price(), challenge.currency())));
        });
        return Batches.byKey(batch, Component::deliveredForId, byChallenge);
    }

    /** Two round trips for any number of components: who uses them, then those bodies. */
    @BatchMapping(typeName = "Component")
    Map<Component, List<PublicBody>> usedBy(List<Component> batch) {
        Map<String, List<String>> users = components.usersOf(batch.stream().map(Component::id).toList());
        Set<String> bodyIds = new HashSet<>();
        users.values().forEach(bodyIds::addAll);
        Map<String, PublicBody> bodies = accounts.publicBodies(bodyIds);
        return Batches.byKey(batch, Component::id, users.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(bodies::get).filter(Objects::nonNull).toList())));
    }

    @BatchMapping(typeName = "Component")
    Map<Component, List<ComponentDependency>> dependsOn(List<Component> batch) {
        return Batches.byKey(batch, Component::id, components.dependencies(batch.stream().map(Component::id).toList()));
    }

    @BatchMapping(typeName = "Component")
    Map<Component, List<ComponentDependency>> dependents(List<Component> batch) {
        return Batches.byKey(batch, Component::id, components.dependents(batch.stream().map(Component::id).toList()));
    }

    @SchemaMapping(typeName = "Component")
    CompletableFuture<Connection<Thread>> threads(Component component, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return ChildPages.load(env, THREADS, component.id(), first, after);
    }

    @SchemaMapping(typeName = "Component")
    CompletableFuture<Connection<ComponentUse>> users(Component component, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return ChildPages.load(env, USERS, component.id(), first, after);
    }

    @SchemaMapping(typeName = "Component")
    CompletableFuture<Connection<Release>> releases(Component component, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return ChildPages.load(env, RELEASES, component.id(), first, after);
    }

    @SchemaMapping(typeName = "Component")
    PublicCode publiccode(Component component) {
        return component.publicCode();
    }

    @SchemaMapping(typeName = "Component")
    String publiccodeYml(Component component) {
        return components.publiccodeYml(component);
    }

    @SchemaMapping(typeName = "PublicCode")
    List<DescriptionView> descriptions(PublicCode code) {
        return code.descriptions().entrySet().stream().map(e -> DescriptionView.of(e.getKey(), e.getValue())).toList();
    }

    @SchemaMapping(typeName = "PublicCode")
    List<ExternalDependencyView> externalDependencies(PublicCode code) {
        List<ExternalDependencyView> result = new ArrayList<>();
        for (PublicCode.DependencyKind kind : PublicCode.DependencyKind.values())
            code.dependsOn().of(kind).forEach(d -> result.add(ExternalDependencyView.of(kind, d)));
        return result;
    }

    @BatchMapping(typeName = "ComponentRelease")
    Map<Release, Component> component(List<Release> batch) {
        return Batches.byKey(batch, Release::componentId, components.byIds(batch.stream().map(Release::componentId).distinct().toList()));
    }

    @BatchMapping(typeName = "ComponentUse", field = "component")
    Map<ComponentUse, Component> useComponent(List<ComponentUse> batch) {
        return Batches.byKey(batch, ComponentUse::componentId, components.byIds(batch.stream().map(ComponentUse::componentId).distinct().toList()));
    }

    @BatchMapping(typeName = "ComponentUse", field = "body")
    Map<ComponentUse, PublicBody> useBody(List<ComponentUse> batch) {
        return Batches.byKey(batch, ComponentUse::bodyId, accounts.publicBodies(batch.stream().map(ComponentUse::bodyId).distinct().toList()));
    }

    @BatchMapping(typeName = "ComponentDependency", field = "component")
    Map<ComponentDependency, Component> dependent(List<ComponentDependency> batch) {
        return Batches.byKey(batch, ComponentDependency::componentId, byIds(batch, ComponentDependency::componentId));
    }

    @BatchMapping(typeName = "ComponentDependency", field = "dependsOn")
    Map<ComponentDependency, Component> dependency(List<ComponentDependency> batch) {
        return Batches.byKey(batch, ComponentDependency::dependsOnId, byIds(batch, ComponentDependency::dependsOnId));
    }

    @SchemaMapping(typeName = "Supplier")
    CompletableFuture<Connection<Component>> deliveredComponents(Supplier supplier, @Argument Integer first, @Argument String after,
                                                                 DataFetchingEnvironment env) {
        return ChildPages.load(env, DELIVERED, supplier.id(), first, after);
    }

    @BatchMapping(typeName = "Notification", field = "component")
    Map<Notification, Component> notificationComponent(List<Notification> batch) {
        return Batches.byKey(batch, Notification::componentId,
                components.byIds(batch.stream().map(Notification::componentId).filter(Objects::nonNull).distinct().toList()));
    }

    @BatchMapping(typeName = "Supplier")
    Map<Supplier, TrackRecord> trackRecord(List<Supplier> batch) {
        return Batches.byKey(batch, Supplier::id, components.trackRecords(batch.stream().map(Supplier::id).toList()));
    }

    private <T> Map<String, Component> byIds(Collection<T> items, Function<T, String> id) {
        return components.byIds(items.stream().map(id).distinct().toList());
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new PlatformException.InvalidArgument(field + " is a date written YYYY-MM-DD, was '" + text + "'");
        }
    }
}
