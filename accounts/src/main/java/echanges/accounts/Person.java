package echanges.accounts;

import java.time.Instant;

/** A person with an account, as others see it (the email stays private). */
public record Person(String id, String handle, String displayName, Instant createdAt) {
}
