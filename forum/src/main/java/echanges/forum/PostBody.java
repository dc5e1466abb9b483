package echanges.forum;

/** The limits of a post's text. */
final class PostBody {

    static final int MAX_LENGTH = 30_000;

    private PostBody() {
    }

    static void check(String body) {
        if (body.isBlank() || body.length() > MAX_LENGTH)
            throw new ForumException.InvalidPost("a post has 1 to " + MAX_LENGTH + " characters");
    }
}
