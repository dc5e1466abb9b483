package echanges.forum.rules;

import java.time.Instant;

/**
 * Whether an edit keeps a new revision, after Discourse's {@code editing_grace_period}: every
 * revision is kept, so that an answer cannot be quietly rewritten once read, except within a short
 * grace period, where an edit amends the last revision: fixing a typo just after posting is not
 * history worth keeping.
 */
public final class EditRule {

    private EditRule() {
    }

    /**
     * Whether an edit at {@code now} keeps a new revision ({@code true}) or amends the last one
     * ({@code false}).
     *
     * @param lastRevisionAt when the last kept revision was made, or the post created if it has
     *        none; not the last amendment, or edits a few minutes apart would never leave a trace
     */
    public static boolean createsRevision(Instant lastRevisionAt, ForumSettings settings, Instant now) {
        return !now.isBefore(lastRevisionAt.plus(settings.editGracePeriod()));
    }
}
