package echanges.api.catalogue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import echanges.accounts.Accounts;
import echanges.accounts.PublicBody;
import echanges.api.graphql.Batches;
import echanges.api.graphql.ChildPages;
import echanges.api.graphql.Viewers;
import echanges.catalogue.Component;
import echanges.catalogue.Components;
import echanges.catalogue.NewComponent;
import echanges.forum.Forum;
import echanges.forum.Thread;
import echanges.platform.Connection;
import echanges.platform.GlobalId;
import echanges.platform.Language;
import echanges.platform.PageRequest;
import echanges.platform.Tag;
import echanges.platform.Tags;
import echanges.platform.Viewer;
import echanges.procurement.Challenge;
import echanges.procurement.Challenges;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;

/** Maps Component, its query and mutation. */
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

    private static final String THREADS = "Component.threads";

    private final Components components;
    private final Challenges challenges;
    private final Accounts accounts;
    private final Tags tags;

    ComponentController(Components components, Challenges challenges, Accounts accounts, Tags tags, Forum forum, BatchLoaderRegistry registry) {
        this.components = components;
        this.challenges = challenges;
        this.accounts = accounts;
        this.tags = tags;
        ChildPages.<Thread>register(registry, THREADS, forum::threadsAbout);
    }

    @QueryMapping("components")
    Connection<Component> componentList(@Argument Integer first, @Argument String after, @Argument @Nullable ComponentFilterInput filter) {
        return components.page(filter == null ? null : filter.tag(), PageRequest.of(first, after));
    }

    @MutationMapping
    CreateComponentPayload createComponent(@Argument CreateComponentInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new CreateComponentPayload(components.create(input.toComponent(), viewer));
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

    @SchemaMapping(typeName = "Component")
    CompletableFuture<Connection<Thread>> threads(Component component, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return ChildPages.load(env, THREADS, component.id(), first, after);
    }
}
