package echanges.forum;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A thread to start, with its first post. */
public record NewThread(String title, String body, @Nullable Subject subject, @Nullable String categoryId, List<String> tags) {

    static final int MAX_TITLE = 200;

    public NewThread {
        title = title.strip();
        if (title.isEmpty() || title.length() > MAX_TITLE)
            throw new ForumException.InvalidPost("a thread title has 1 to " + MAX_TITLE + " characters");
        PostBody.check(body);
    }
}
