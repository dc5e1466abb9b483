package echanges.forum;

import org.jspecify.annotations.Nullable;

/** Narrows a list of threads; null means no condition. */
public record ThreadFilter(@Nullable String subjectId, @Nullable String categoryId, @Nullable String tag) {

    public static final ThreadFilter NONE = new ThreadFilter(null, null, null);
}
