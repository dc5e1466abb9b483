package echanges.search;

/** The orders of search results. */
public enum SearchSort {
    /** Best match first. */
    RELEVANCE,
    /** Most recently published or written first. */
    NEWEST,
    /** Challenges closing first, first; items without a closing last. */
    CLOSING_SOONEST,
    /** Highest budget ceiling first. */
    BUDGET_HIGHEST,
    /** Lowest budget ceiling first. */
    BUDGET_LOWEST,
    /** Components used by the most public bodies first. */
    MOST_REUSED
}
