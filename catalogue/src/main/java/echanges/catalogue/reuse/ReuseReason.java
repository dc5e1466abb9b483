package echanges.catalogue.reuse;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Why a candidate matched: its text, the tags it shares (a component's categories count as
 * tags), bodies like the drafting one using it, or a similar challenge it was delivered for
 * ({@code challengeId}).
 */
public record ReuseReason(Kind kind, List<String> tags, @Nullable String challengeId) {

    public enum Kind { SIMILAR_TEXT, SHARED_TAGS, USED_BY_SIMILAR_BODIES, DELIVERED_FOR_SIMILAR_CHALLENGE }

    public ReuseReason {
        tags = List.copyOf(tags);
    }
}
