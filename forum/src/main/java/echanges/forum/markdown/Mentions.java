package echanges.forum.markdown;

/**
 * Which handles belong to an account: only those become mention links, so that a typo or a
 * made-up handle neither links to an empty profile nor notifies anyone.
 */
@FunctionalInterface
public interface Mentions {

    boolean exists(String handle);
}
