package echanges.catalogue;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A public body's declaration that it runs a component: which version, since when, for what. */
public record ComponentUse(String bodyId, String componentId, @Nullable String version, Instant since, @Nullable String context) {
}
