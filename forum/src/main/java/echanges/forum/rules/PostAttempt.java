package echanges.forum.rules;

/**
 * The post someone is trying to publish, as much as {@link PostingLimits} needs of it.
 *
 * @param links the number of links in its text
 * @param mentions the number of {@code @handle} mentions in its text
 */
public record PostAttempt(PostKind kind, int links, int mentions) {

    public PostAttempt {
        if (links < 0) throw new IllegalArgumentException("a post cannot have " + links + " links");
        if (mentions < 0) throw new IllegalArgumentException("a post cannot have " + mentions + " mentions");
    }
}
