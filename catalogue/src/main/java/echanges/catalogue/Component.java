package echanges.catalogue;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import echanges.platform.Language;

/** A reusable open-source component. */
public record Component(String id, String name, String description, Language language, String repositoryUrl,
                        String licence, @Nullable String deliveredForId, Instant createdAt) {
}
