package echanges.forum.rules;

import java.time.Instant;

/**
 * What the forum knows of a person's activity, all of it computable from the graph; the input of
 * {@link TrustLevel#of}. Counts are of distinct posts and threads, so that reloading a page does
 * not earn trust.
 */
public record Activity(Instant registeredAt, int postsRead, int threadsRead, int postsWritten, int likesReceived) {

    public Activity {
        if (postsRead < 0 || threadsRead < 0 || postsWritten < 0 || likesReceived < 0)
            throw new IllegalArgumentException("activity counts cannot be negative, were " + postsRead + " posts read, "
                    + threadsRead + " threads read, " + postsWritten + " posts written, " + likesReceived + " likes received");
    }
}
