package echanges.catalogue;

import org.jspecify.annotations.Nullable;

/** One of our components needs another one, in a range of its versions (free text, e.g. {@code >=2.1 <3}). */
public record ComponentDependency(String componentId, String dependsOnId, @Nullable String versionRange) {
}
