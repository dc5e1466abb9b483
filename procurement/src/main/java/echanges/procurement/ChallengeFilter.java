package echanges.procurement;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** Narrows a list of challenges; null means no condition. */
public record ChallengeFilter(@Nullable Set<ChallengeStatus> statuses, @Nullable String bodyId, @Nullable String tag) {

    public static final ChallengeFilter NONE = new ChallengeFilter(null, null, null);
}
