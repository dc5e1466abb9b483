package echanges.forum.rules;

/** Whether a post starts a thread or replies in one; new accounts have a cap for each. */
public enum PostKind {
    /** The first post of a new thread. */
    THREAD,
    /** Any other post. */
    REPLY
}
