package echanges.procurement.opendata;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A public clarification question and its official answer, in the shape of the OCDS enquiry
 * extension. There is no author: askers are shown to nobody (s. 9 answers go to every supplier).
 *
 * @param answer null until the body answers, or when it declined a late question
 */
public record Enquiry(String id, Instant date, String title, String description, @Nullable String answer, @Nullable Instant dateAnswered) {
}
