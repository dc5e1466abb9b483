package echanges.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import echanges.platform.Connection;
import echanges.platform.Graph;
import echanges.platform.PageRequest;
import echanges.platform.Viewer;

/** The accounts module's API: registration, sign-in, organisations and memberships. */
public class Accounts {

    // Argon2id with Spring Security's current parameters (16 MiB, 2 iterations): slow to guess, quick to check.
    private static final PasswordEncoder PASSWORDS = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    // Checked when the email is unknown, so that a wrong email costs as long as a wrong password.
    private static final String DECOY_HASH = PASSWORDS.encode("decoy-password-never-used");

    private final Graph graph;
    private final Clock clock;
    private final PersonRepository people;
    private final OrganizationRepository organizations;

    public Accounts(Graph graph, Clock clock) {
        this.graph = graph;
        this.clock = clock;
        this.people = new PersonRepository(graph);
        this.organizations = new OrganizationRepository(graph);
    }

    public Person register(Registration registration) {
        String hash = PASSWORDS.encode(registration.password());
        return graph.write(tx -> {
            PersonRepository.Taken taken = people.taken(tx, registration.email(), registration.handle());
            if (taken.email()) throw new AccountsException.AlreadyTaken("an account already uses this email");
            if (taken.handle()) throw new AccountsException.AlreadyTaken("the handle '" + registration.handle() + "' is taken");
            return people.create(tx, UUID.randomUUID().toString(), registration, hash, clock.instant());
        });
    }

    /** The person with these credentials; refuses with one message whichever was wrong. */
    public Person signIn(String email, String password) {
        Optional<PersonRepository.Credentials> credentials = people.credentials(Registration.normaliseEmail(email));
        boolean matches = PASSWORDS.matches(password, credentials.map(PersonRepository.Credentials::passwordHash).orElse(DECOY_HASH));
        if (credentials.isEmpty() || !matches) throw new AccountsException.InvalidCredentials();
        return people.byIds(List.of(credentials.get().personId())).getFirst();
    }

    /** The viewer acting as this person, with the organisations they act for; empty if the account is gone. One round trip. */
    public Optional<Viewer> viewer(String personId) {
        return people.offices(personId).map(offices -> {
            Set<String> officerOf = new HashSet<>();
            Set<String> representativeOf = new HashSet<>();
            Set<String> supplierMemberOf = new HashSet<>();
            for (Membership m : offices.memberships()) {
                if (m.role() == MembershipRole.OFFICER && m.organizationKind() == Membership.OrganizationKind.PUBLIC_BODY) officerOf.add(m.organizationId());
                if (m.role() == MembershipRole.REPRESENTATIVE && m.organizationKind() == Membership.OrganizationKind.SUPPLIER) representativeOf.add(m.organizationId());
                if (m.organizationKind() == Membership.OrganizationKind.SUPPLIER) supplierMemberOf.add(m.organizationId());
            }
            return new Viewer(personId, officerOf, representativeOf, supplierMemberOf, offices.moderator(), offices.suspendedUntil());
        });
    }

    /** Makes a person a forum moderator, or no longer one (an administrator's act: demo data, operations). */
    public void setModerator(String personId, boolean moderator) {
        if (!people.makeModerator(personId, moderator)) throw new AccountsException.PersonNotFound(personId);
    }

    /** A moderator suspends an account until an instant: the person can still read, but not write. */
    public void suspend(String personId, Instant until, String reason, Viewer moderator) {
        String by = moderator.requirePerson();
        if (!moderator.moderator()) throw new AccountsException.NotAModerator();
        if (!until.isAfter(clock.instant())) throw new AccountsException.InvalidRegistration("a suspension ends in the future, not at " + until);
        if (reason.isBlank()) throw new AccountsException.InvalidRegistration("a suspension gives its reason");
        if (!people.suspend(personId, until, reason.strip(), by)) throw new AccountsException.PersonNotFound(personId);
    }

    /** The people with these handles (any case), by handle as stored. */
    public List<Person> peopleByHandles(Collection<String> handles) {
        return handles.isEmpty() ? List.of() : people.byHandles(handles);
    }

    public Map<String, Person> people(Collection<String> ids) {
        return people.byIds(ids).stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }

    public Optional<Person> personByHandle(String handle) {
        return people.byHandle(handle);
    }

    /** Memberships of many people in one round trip, by person id. */
    public Map<String, List<Membership>> memberships(Collection<String> personIds) {
        Map<String, List<Membership>> byPerson = people.memberships(personIds).stream()
                .collect(Collectors.groupingBy(Membership::personId));
        return personIds.stream().distinct().collect(Collectors.toMap(id -> id, id -> byPerson.getOrDefault(id, List.of())));
    }

    /** The people who belong to any of these organisations, in any role, in one round trip. */
    public java.util.Set<String> memberIds(Collection<String> organizationIds) {
        return java.util.Set.copyOf(people.memberIds(organizationIds));
    }

    /** Whether nobody and no organisation is registered yet: a new platform. */
    public boolean isEmpty() {
        return organizations.isEmpty();
    }

    public PublicBody createPublicBody(String name, String jurisdiction) {
        PublicBody body = new PublicBody(UUID.randomUUID().toString(), name, jurisdiction);
        organizations.create(body);
        return body;
    }

    public Supplier createSupplier(String name, SupplierKind kind) {
        Supplier supplier = new Supplier(UUID.randomUUID().toString(), name, kind);
        organizations.create(supplier);
        return supplier;
    }

    /** Gives a person a role in an organisation (replacing the previous one). */
    public void grant(String personId, String organizationId, MembershipRole role) {
        if (!people.grant(personId, organizationId, role)) throw new AccountsException.OrganizationNotFound(organizationId);
    }

    public Connection<PublicBody> publicBodies(PageRequest page) {
        return organizations.bodies(page);
    }

    public Connection<Supplier> suppliers(PageRequest page) {
        return organizations.suppliers(page);
    }

    public Map<String, PublicBody> publicBodies(Collection<String> ids) {
        return organizations.bodiesByIds(ids).stream().collect(Collectors.toMap(PublicBody::id, Function.identity()));
    }

    public Map<String, Supplier> suppliers(Collection<String> ids) {
        return organizations.suppliersByIds(ids).stream().collect(Collectors.toMap(Supplier::id, Function.identity()));
    }
}
