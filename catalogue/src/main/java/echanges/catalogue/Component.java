package echanges.catalogue;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import echanges.catalogue.publiccode.PublicCode;
import echanges.platform.Language;

/**
 * A reusable open-source component, described as its publiccode.yml says ({@link #publicCode}).
 * {@code description} and {@code language} are its main description, in French or English when
 * it has one; {@code deliveredById} is the supplier that won the challenge it was delivered for,
 * when that challenge was awarded by the time the component was linked to it.
 */
public record Component(String id, String name, String description, Language language, String repositoryUrl, String licence,
                        @Nullable String deliveredForId, @Nullable String deliveredById, Instant createdAt, long usersCount,
                        PublicCode publicCode) {
}
