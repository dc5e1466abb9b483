package echanges.platform;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Who is asking, with the organisations they act for. Every module decides visibility and
 * permissions from this, on the server, for every path.
 *
 * @param representativeOf the suppliers this person acts for (files proposals)
 * @param supplierMemberOf every supplier this person belongs to, in any role (reads its proposals);
 *        includes {@code representativeOf}
 */
public record Viewer(@Nullable String personId, Set<String> officerOf, Set<String> representativeOf, Set<String> supplierMemberOf,
                     boolean moderator, @Nullable Instant suspendedUntil) {

    private static final Viewer ANONYMOUS = new Viewer(null, Set.of(), Set.of());

    public Viewer {
        officerOf = Set.copyOf(officerOf);
        representativeOf = Set.copyOf(representativeOf);
        Set<String> members = new java.util.HashSet<>(supplierMemberOf);
        members.addAll(representativeOf);
        supplierMemberOf = Set.copyOf(members);
    }

    /** A person who is neither a moderator nor suspended. */
    public Viewer(@Nullable String personId, Set<String> officerOf, Set<String> representativeOf) {
        this(personId, officerOf, representativeOf, Set.of(), false, null);
    }

    /** Whether a suspension still holds at this instant. */
    public boolean suspendedAt(Instant now) {
        return suspendedUntil != null && suspendedUntil.isAfter(now);
    }

    public static Viewer anonymous() {
        return ANONYMOUS;
    }

    public boolean signedIn() {
        return personId != null;
    }

    /** The person's id; refuses an anonymous viewer with UNAUTHENTICATED. */
    public String requirePerson() {
        if (personId == null) throw new PlatformException.Unauthenticated("this needs a signed-in person: send a bearer token");
        return personId;
    }

    public boolean isOfficerOf(String publicBodyId) {
        return officerOf.contains(publicBodyId);
    }
}
