package echanges.forum.markdown;

import java.util.regex.Pattern;

import org.commonmark.node.CustomNode;

/** An {@code @handle} of an existing account, rendered as a link to their profile. */
final class Mention extends CustomNode {

    /** What accounts accept as a handle. */
    static final String HANDLE = "[A-Za-z0-9_-]{3,30}";

    /**
     * A handle in running text. Not after a letter, digit, '_' or '@', so that the middle of an
     * e-mail address (a@b.org) or of a fediverse address (@a@b.org) is not one; and not cut out
     * of a longer run of handle characters.
     */
    static final Pattern IN_TEXT = Pattern.compile("(?<![\\p{L}\\p{N}_@])@(" + HANDLE + ")(?![A-Za-z0-9_@-])");

    private final String handle;

    Mention(String handle) {
        this.handle = handle;
    }

    String handle() {
        return handle;
    }
}
