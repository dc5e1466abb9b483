package echanges.forum.markdown;

import java.util.List;

/**
 * A post rendered from its Markdown.
 *
 * @param html             the sanitised HTML, safe to show as it is
 * @param mentionedHandles the handles of existing accounts mentioned outside quotes, without
 *                         '@', in order of first appearance, as first written, once each
 *                         whatever their case
 * @param quotedPostIds    the ids of the posts quoted, in order, once each
 * @param linkCount        the links in {@code html} other than mentions and quote sources,
 *                         for the anti-spam limits
 */
public record RenderedPost(String html, List<String> mentionedHandles, List<String> quotedPostIds, int linkCount) {

    public RenderedPost {
        mentionedHandles = List.copyOf(mentionedHandles);
        quotedPostIds = List.copyOf(quotedPostIds);
        if (linkCount < 0)
            throw new IllegalArgumentException("a post has 0 links or more, was " + linkCount);
    }
}
