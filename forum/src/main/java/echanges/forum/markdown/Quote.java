package echanges.forum.markdown;

import org.commonmark.node.CustomBlock;

/**
 * A quote of another post, written {@code [quote="handle, post:ID"]} … {@code [/quote]} on
 * lines of their own, as in Discourse, so that the source of a quote is known and kept.
 */
final class Quote extends CustomBlock {

    private final String handle;
    private final String postId;
    private final String opening;
    private boolean closed;

    Quote(String handle, String postId, String opening) {
        this.handle = handle;
        this.postId = postId;
        this.opening = opening;
    }

    String handle() {
        return handle;
    }

    String postId() {
        return postId;
    }

    /** The opening marker as written, shown as text when no closing marker follows. */
    String opening() {
        return opening;
    }

    /** Without its closing marker, a quote is no quote: its markers stay text. */
    boolean closed() {
        return closed;
    }

    void close() {
        closed = true;
    }
}
