package echanges.forum.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * {@code <blockquote class="quote" data-post="ID"><p class="quote-source"><a href="/posts/ID">@handle</a>
 * wrote:</p> … </blockquote>}; a quote never closed shows its opening marker as text instead.
 */
final class QuoteRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    QuoteRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Quote.class);
    }

    @Override
    public void render(Node node) {
        Quote quote = (Quote) node;
        if (quote.closed())
            renderQuote(quote);
        else
            renderAsText(quote);
    }

    private void renderQuote(Quote quote) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("class", "quote");
        attributes.put("data-post", quote.postId());
        html.line();
        html.tag("blockquote", attributes);
        html.line();
        html.tag("p", Map.of("class", "quote-source"));
        html.tag("a", Map.of("href", "/posts/" + quote.postId()));
        html.text("@" + quote.handle());
        html.tag("/a");
        html.text(" wrote:");
        html.tag("/p");
        html.line();
        renderChildren(quote);
        html.line();
        html.tag("/blockquote");
        html.line();
    }

    private void renderAsText(Quote quote) {
        html.line();
        html.tag("p");
        html.text(quote.opening());
        html.tag("/p");
        html.line();
        renderChildren(quote);
    }

    private void renderChildren(Node parent) {
        Node child = parent.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            context.render(child);
            child = next;
        }
    }
}
