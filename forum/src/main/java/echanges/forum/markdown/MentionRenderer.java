package echanges.forum.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/** {@code <a class="mention" href="/people/HANDLE">@HANDLE</a>}. */
final class MentionRenderer implements NodeRenderer {

    private final HtmlWriter html;

    MentionRenderer(HtmlNodeRendererContext context) {
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Mention.class);
    }

    @Override
    public void render(Node node) {
        Mention mention = (Mention) node;
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("class", "mention");
        attributes.put("href", "/people/" + mention.handle());
        html.tag("a", attributes);
        html.text("@" + mention.handle());
        html.tag("/a");
    }
}
