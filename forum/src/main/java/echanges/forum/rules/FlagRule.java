package echanges.forum.rules;

/**
 * When flags hide a post, after Discourse's {@code flags_required_to_hide_post}: a few members
 * agreeing is enough to take spam or abuse out of sight at once, and a moderator's review, not
 * the flaggers, decides whether it stays hidden. Counting each flagger once is the caller's part.
 */
public final class FlagRule {

    private FlagRule() {
    }

    /** Whether a post with this many flags is hidden pending review. */
    public static boolean hidesPost(int flags, ForumSettings settings) {
        if (flags < 0) throw new IllegalArgumentException("a post cannot have " + flags + " flags");
        return flags >= settings.flagsToHide();
    }
}
