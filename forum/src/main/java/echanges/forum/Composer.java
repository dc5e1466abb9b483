package echanges.forum;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import echanges.accounts.Accounts;
import echanges.accounts.Person;
import echanges.forum.markdown.MarkdownRenderer;
import echanges.forum.markdown.RenderedPost;

/**
 * Turns what a person wrote into a post: sanitised HTML, the people it mentions (looked up in one
 * round trip), and the counts the posting limits need.
 */
final class Composer {

    // A cheap first pass to know which handles to look up; the renderer decides what is a mention.
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w@])@([A-Za-z0-9_-]{3,30})");

    record Composed(String body, String html, List<String> mentionIds, int links, int mentions) {
    }

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final Accounts accounts;

    Composer(Accounts accounts) {
        this.accounts = accounts;
    }

    Composed compose(String markdown) {
        List<String> candidates = new java.util.ArrayList<>();
        Matcher m = HANDLE.matcher(markdown);
        while (m.find()) candidates.add(m.group(1));
        Map<String, String> idsByHandle = new HashMap<>();
        for (Person p : accounts.peopleByHandles(candidates)) idsByHandle.put(p.handle().toLowerCase(Locale.ROOT), p.id());
        RenderedPost rendered = renderer.render(markdown, handle -> idsByHandle.containsKey(handle.toLowerCase(Locale.ROOT)));
        List<String> mentionIds = rendered.mentionedHandles().stream()
                .map(h -> idsByHandle.get(h.toLowerCase(Locale.ROOT))).filter(java.util.Objects::nonNull).distinct().toList();
        return new Composed(markdown, rendered.html(), mentionIds, rendered.linkCount(), mentionIds.size());
    }
}
