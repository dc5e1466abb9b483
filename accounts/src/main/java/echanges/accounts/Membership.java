package echanges.accounts;

/** A person's role in a public body or a supplier; {@code organizationKind} tells which. */
public record Membership(String personId, String organizationId, OrganizationKind organizationKind, MembershipRole role) {

    public enum OrganizationKind {
        PUBLIC_BODY, SUPPLIER
    }
}
