/**
 * Posts' Markdown rendered to sanitised HTML: CommonMark with GFM tables, strikethrough and
 * autolinks, plus {@code @handle} mentions and Discourse-style {@code [quote]} blocks.
 * {@link echanges.forum.markdown.MarkdownRenderer} is the entry point; plain Java, no Spring.
 */
@NullMarked
package echanges.forum.markdown;

import org.jspecify.annotations.NullMarked;
