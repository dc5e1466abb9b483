package echanges.forum;

/** A new thread and its first post. */
public record StartedThread(Thread thread, Post post) {
}
