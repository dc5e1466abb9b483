package echanges.forum.markdown;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders a post's Markdown to sanitised HTML: CommonMark with GFM tables, strikethrough and
 * autolinks, {@code @handle} mentions of existing accounts and {@code [quote]} blocks. The HTML
 * is sanitised last, after mentions and quotes are in, so nothing reaches a reader unchecked.
 * Thread-safe: one instance serves the whole forum.
 */
public final class MarkdownRenderer {

    /**
     * Deeper nesting is text. The renderer walks the tree recursively, so a post of 30,000
     * '&gt;' or '[' would otherwise exhaust the stack; no real post nests this deep.
     */
    private static final int MAX_NESTING = 50;

    private final Parser parser;
    private final HtmlRenderer htmlRenderer;
    private final Sanitiser sanitiser = new Sanitiser();

    public MarkdownRenderer() {
        List<Extension> extensions = List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create());
        this.parser = Parser.builder()
                .extensions(extensions)
                .customBlockParserFactory(new QuoteParser.Factory())
                .maxOpenBlockParsers(MAX_NESTING)
                .maxInlineNesting(MAX_NESTING)
                .build();
        this.htmlRenderer = HtmlRenderer.builder()
                .extensions(extensions)
                .nodeRendererFactory(QuoteRenderer::new)
                .nodeRendererFactory(MentionRenderer::new)
                .build();
    }

    public RenderedPost render(String markdown, Mentions mentions) {
        Node document = parser.parse(markdown);
        List<String> mentioned = MentionLinker.link(document, mentions);
        List<String> quoted = quotedPostIds(document);
        SanitisedHtml html = sanitiser.sanitise(htmlRenderer.render(document));
        return new RenderedPost(html.html(), mentioned, quoted, html.linkCount());
    }

    private static List<String> quotedPostIds(Node document) {
        Set<String> ids = new LinkedHashSet<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof Quote quote && quote.closed())
                    ids.add(quote.postId());
                visitChildren(block);
            }
        });
        return List.copyOf(ids);
    }
}
