package echanges.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import echanges.platform.Viewer;
import echanges.testing.TestNeo4j;

class AccountsTests {

    private final Accounts accounts = new Accounts(TestNeo4j.get().graph(), Clock.systemUTC());

    private static Registration someone() {
        String handle = "h" + UUID.randomUUID().toString().substring(0, 10);
        return new Registration(handle + "@Example.org ", "a long enough password", handle, "Quelqu'un");
    }

    @Test
    void shouldSignInWithTheRegisteredPasswordOnly() {
        Registration registration = someone();
        Person person = accounts.register(registration);

        assertThat(accounts.signIn(registration.email().toUpperCase(), "a long enough password")).isEqualTo(person);
        assertThatThrownBy(() -> accounts.signIn(registration.email(), "a wrong password!!"))
                .isInstanceOf(AccountsException.InvalidCredentials.class);
        assertThatThrownBy(() -> accounts.signIn("nobody@example.org", "a long enough password"))
                .isInstanceOf(AccountsException.InvalidCredentials.class);
    }

    @Test
    void shouldStoreAnArgon2HashAndNeverThePassword() {
        Registration registration = someone();
        accounts.register(registration);

        String hash = TestNeo4j.get().graph().read(tx -> tx.single("MATCH (p:Person {email: $e}) RETURN p.passwordHash AS h",
                java.util.Map.of("e", registration.email()))).get("h").asString();

        assertThat(hash).startsWith("$argon2id$").doesNotContain("a long enough password");
    }

    @Test
    void shouldRefuseATakenEmailOrHandleWhateverTheirCase() {
        Registration registration = someone();
        accounts.register(registration);

        assertThatThrownBy(() -> accounts.register(new Registration(registration.email(), "another long password", "other" + registration.handle(), "X")))
                .isInstanceOf(AccountsException.AlreadyTaken.class);
        assertThatThrownBy(() -> accounts.register(new Registration("x" + registration.email(), "another long password", registration.handle().toUpperCase(), "X")))
                .isInstanceOf(AccountsException.AlreadyTaken.class);
    }

    @Test
    void shouldRefuseAShortPasswordOrABadHandle() {
        assertThatThrownBy(() -> new Registration("a@b.org", "short", "handle", "X")).isInstanceOf(AccountsException.InvalidRegistration.class);
        assertThatThrownBy(() -> new Registration("a@b.org", "a long enough password", "no spaces", "X")).isInstanceOf(AccountsException.InvalidRegistration.class);
        assertThatThrownBy(() -> new Registration("not-an-email", "a long enough password", "handle", "X")).isInstanceOf(AccountsException.InvalidRegistration.class);
    }

    @Test
    void shouldGiveTheViewerTheOrganisationsThePersonActsFor() {
        Person person = accounts.register(someone());
        PublicBody body = accounts.createPublicBody("Ville de Gatineau", "QC");
        Supplier supplier = accounts.createSupplier("Atelier Castor", SupplierKind.STARTUP);
        accounts.grant(person.id(), body.id(), MembershipRole.OFFICER);
        accounts.grant(person.id(), supplier.id(), MembershipRole.REPRESENTATIVE);

        Viewer viewer = accounts.viewer(person.id()).orElseThrow();

        assertThat(viewer.officerOf()).containsExactly(body.id());
        assertThat(viewer.representativeOf()).containsExactly(supplier.id());
        assertThat(accounts.memberships(List.of(person.id())).get(person.id())).hasSize(2);
        assertThat(accounts.viewer("no-such-person")).isEmpty();
    }

    @Test
    void shouldRefuseAMembershipInAnUnknownOrganisation() {
        Person person = accounts.register(someone());

        assertThatThrownBy(() -> accounts.grant(person.id(), "no-such-organisation", MembershipRole.MEMBER))
                .isInstanceOf(AccountsException.OrganizationNotFound.class);
    }
}
