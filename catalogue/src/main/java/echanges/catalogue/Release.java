package echanges.catalogue;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A published version of a component. */
public record Release(String id, String componentId, String version, LocalDate releasedOn, @Nullable String notes, Instant createdAt) {
}
