package echanges.forum;

/** How closely a person follows a thread, a category or a challenge (as in Discourse). */
public enum WatchLevel {
    WATCHING, TRACKING, NORMAL, MUTED
}
