package echanges.api.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import echanges.accounts.Accounts;
import echanges.accounts.Membership;
import echanges.accounts.MembershipRole;
import echanges.accounts.Person;
import echanges.accounts.PublicBody;
import echanges.accounts.Registration;
import echanges.accounts.Supplier;
import echanges.api.graphql.ChildPages;
import echanges.api.graphql.Viewers;
import echanges.api.security.Tokens;
import echanges.catalogue.Component;
import echanges.catalogue.Components;
import echanges.platform.Connection;
import echanges.platform.PageRequest;
import echanges.platform.Viewer;
import echanges.procurement.Challenge;
import echanges.procurement.Challenges;
import graphql.schema.DataFetchingEnvironment;

/** Maps Person, PublicBody, Supplier, and the account mutations. */
@Controller
class AccountController {

    record RegisterInput(String email, String password, String handle, String displayName) {
    }

    record RegisterPayload(Person person, String token) {
    }

    record SignInInput(String email, String password) {
    }

    record SignInPayload(Person person, String token, Instant expiresAt) {
    }

    record MembershipView(Object organization, MembershipRole role) {
    }

    private static final String BODY_CHALLENGES = "PublicBody.challenges";
    private static final String BODY_USES = "PublicBody.uses";

    private final Accounts accounts;
    private final Tokens tokens;

    AccountController(Accounts accounts, Tokens tokens, Challenges challenges, Components components, BatchLoaderRegistry registry) {
        this.accounts = accounts;
        this.tokens = tokens;
        ChildPages.<Challenge>register(registry, BODY_CHALLENGES, challenges::ofBodies);
        ChildPages.<Component>register(registry, BODY_USES, components::usedBy);
    }

    @MutationMapping
    RegisterPayload register(@Argument RegisterInput input) {
        Person person = accounts.register(new Registration(input.email(), input.password(), input.handle(), input.displayName()));
        return new RegisterPayload(person, tokens.issue(person.id()).value());
    }

    @MutationMapping
    SignInPayload signIn(@Argument SignInInput input) {
        Person person = accounts.signIn(input.email(), input.password());
        Tokens.Token token = tokens.issue(person.id());
        return new SignInPayload(person, token.value(), token.expiresAt());
    }

    @QueryMapping
    Person me(@ContextValue(Viewers.KEY) Viewer viewer) {
        return viewer.personId() == null ? null : accounts.people(List.of(viewer.personId())).get(viewer.personId());
    }

    @QueryMapping
    Connection<PublicBody> publicBodies(@Argument Integer first, @Argument String after) {
        return accounts.publicBodies(PageRequest.of(first, after));
    }

    @QueryMapping
    Connection<Supplier> suppliers(@Argument Integer first, @Argument String after) {
        return accounts.suppliers(PageRequest.of(first, after));
    }

    /** Memberships with their organisations: two round trips for any number of people. */
    @BatchMapping(typeName = "Person")
    Map<Person, List<MembershipView>> memberships(List<Person> people) {
        Map<String, List<Membership>> byPerson = accounts.memberships(people.stream().map(Person::id).toList());
        Set<String> organizationIds = byPerson.values().stream().flatMap(List::stream).map(Membership::organizationId).collect(Collectors.toSet());
        Map<String, Object> organizations = new java.util.HashMap<>();
        organizations.putAll(accounts.publicBodies(organizationIds));
        organizations.putAll(accounts.suppliers(organizationIds));
        return people.stream().collect(Collectors.toMap(p -> p, p -> byPerson.get(p.id()).stream()
                .filter(m -> organizations.containsKey(m.organizationId()))
                .map(m -> new MembershipView(organizations.get(m.organizationId()), m.role())).toList(), (a, b) -> a));
    }

    @SchemaMapping(typeName = "PublicBody")
    CompletableFuture<Connection<Challenge>> challenges(PublicBody body, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return ChildPages.load(env, BODY_CHALLENGES, body.id(), first, after);
    }

    @SchemaMapping(typeName = "PublicBody")
    CompletableFuture<Connection<Component>> uses(PublicBody body, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return ChildPages.load(env, BODY_USES, body.id(), first, after);
    }
}
