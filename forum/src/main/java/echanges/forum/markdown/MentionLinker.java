package echanges.forum.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * Turns the {@code @handle}s of existing accounts into {@link Mention}s. It walks the parsed
 * document rather than the source, so code spans and blocks (which hold no {@link Text}) and
 * links, autolinks included, are left alone for free. One instance per document.
 */
final class MentionLinker extends AbstractVisitor {

    private static final Pattern RAW_LINK_OPENING = Pattern.compile("(?i)<a(?:\\s[^>]*)?>");
    private static final Pattern RAW_LINK_CLOSING = Pattern.compile("(?i)</a\\s*>");

    private final Mentions mentions;
    /** One look-up per handle, whatever its case, however often it is mentioned. */
    private final Map<String, Boolean> existing = new HashMap<>();
    private final Map<String, String> mentioned = new LinkedHashMap<>();
    private int quoteDepth;
    /** Inside a link written in raw HTML, where a mention would nest one link in another. */
    private boolean inRawLink;

    private MentionLinker(Mentions mentions) {
        this.mentions = mentions;
    }

    /**
     * Links the mentions in {@code document} and returns the handles mentioned outside quotes:
     * quoted text was written by someone else, and quoting it should not notify the people it
     * mentions again.
     */
    static List<String> link(Node document, Mentions mentions) {
        MentionLinker linker = new MentionLinker(mentions);
        document.accept(linker);
        return List.copyOf(linker.mentioned.values());
    }

    @Override
    public void visit(Text text) {
        if (inRawLink)
            return;
        String literal = text.getLiteral();
        Matcher matcher = Mention.IN_TEXT.matcher(literal);
        List<Node> replacement = new ArrayList<>();
        int end = 0;
        while (matcher.find()) {
            String handle = matcher.group(1);
            if (!exists(handle))
                continue;
            if (matcher.start() > end)
                replacement.add(new Text(literal.substring(end, matcher.start())));
            replacement.add(new Mention(handle));
            if (quoteDepth == 0)
                mentioned.putIfAbsent(handle.toLowerCase(Locale.ROOT), handle);
            end = matcher.end();
        }
        if (replacement.isEmpty())
            return;
        if (end < literal.length())
            replacement.add(new Text(literal.substring(end)));
        replacement.forEach(text::insertBefore);
        text.unlink();
    }

    private boolean exists(String handle) {
        return existing.computeIfAbsent(handle.toLowerCase(Locale.ROOT), lower -> mentions.exists(handle));
    }

    @Override
    public void visit(Link link) {
        // A link's text is already a link.
    }

    @Override
    public void visit(Image image) {
        // An image's description becomes its alt text, where a link cannot go.
    }

    @Override
    public void visit(HtmlInline html) {
        if (RAW_LINK_OPENING.matcher(html.getLiteral()).matches())
            inRawLink = true;
        else if (RAW_LINK_CLOSING.matcher(html.getLiteral()).matches())
            inRawLink = false;
    }

    @Override
    public void visit(Paragraph paragraph) {
        inBlockOfText(paragraph);
    }

    @Override
    public void visit(Heading heading) {
        inBlockOfText(heading);
    }

    @Override
    public void visit(CustomNode node) {
        if (node instanceof TableCell)
            inBlockOfText(node);
        else
            visitChildren(node);
    }

    /** A raw link left open ends with its block, as it does when a browser parses it. */
    private void inBlockOfText(Node block) {
        inRawLink = false;
        visitChildren(block);
        inRawLink = false;
    }

    @Override
    public void visit(CustomBlock block) {
        if (block instanceof Quote) {
            quoteDepth++;
            visitChildren(block);
            quoteDepth--;
        } else {
            visitChildren(block);
        }
    }
}
