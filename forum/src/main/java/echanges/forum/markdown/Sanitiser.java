package echanges.forum.markdown;

import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Reduces the final HTML of a post to an allow-list of elements, attributes and URL schemes.
 * CommonMark passes raw HTML through, so everything is treated as hostile, including what
 * {@link MarkdownRenderer} added itself.
 * <p>
 * Why jsoup's {@link Cleaner} rather than the OWASP sanitiser: jsoup parses with the HTML5
 * algorithm that browsers use, so what is checked is the tree a browser would build from the
 * same input, then it copies only the allowed nodes into a fresh document and serialises that,
 * with text escaped and attributes quoted; the tests need jsoup anyway to check the output
 * structurally, so one HTML library serves both. What its allow-list cannot say, the allowed
 * values of {@code class}, {@code data-post}, {@code align} and {@code start}, is checked
 * afterwards on the cleaned tree, which can only lose attributes and elements there, or gain
 * {@code rel}.
 */
final class Sanitiser {

    /**
     * jsoup checks the scheme of a URL once it is resolved, so relative links need a base to be
     * kept; they stay as written. {@code .invalid} (RFC 2606) never resolves to a host.
     */
    private static final String BASE_URI = "https://echanges.invalid/";
    private static final String EXTERNAL_RELS = "nofollow ugc noopener";

    private static final Pattern URL_IGNORED = Pattern.compile("[\\t\\n\\r]");
    private static final Pattern POST_ID = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern PROFILE = Pattern.compile("/people/" + Mention.HANDLE);
    private static final Pattern POST = Pattern.compile("/posts/[A-Za-z0-9_-]+");
    private static final Pattern EXTERNAL = Pattern.compile("(?i)(https?:)?//.*");
    private static final Pattern WEB = Pattern.compile("(?i)https?://.*");
    /** CommonMark writes a fenced block's info string as this class: clients highlight with it. */
    private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}");
    private static final Pattern LIST_START = Pattern.compile("[0-9]{1,9}");
    private static final Set<String> ALIGNMENTS = Set.of("left", "center", "right");

    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "del", "code", "pre",
                    "blockquote", "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td")
            .addAttributes("a", "href", "title", "class")
            .addAttributes("img", "src", "alt", "title")
            .addAttributes("blockquote", "class", "data-post")
            .addAttributes("p", "class")
            .addAttributes("code", "class")
            .addAttributes("ol", "start")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);

    SanitisedHtml sanitise(String html) {
        Document clean = new Cleaner(ALLOWED).clean(Jsoup.parseBodyFragment(html, BASE_URI));
        int links = 0;
        for (Element element : clean.body().select("*")) {
            normaliseUrl(element, "href");
            normaliseUrl(element, "src");
            switch (element.normalName()) {
                case "a" -> {
                    checkLink(element);
                    if (countsAsLink(element))
                        links++;
                }
                case "img" -> {
                    // Images load on sight: only from the web, never from our own paths.
                    if (!WEB.matcher(element.attr("src")).matches())
                        element.remove();
                }
                case "blockquote" -> {
                    keepOnly(element, "class", "quote"::equals);
                    keepOnly(element, "data-post", value -> POST_ID.matcher(value).matches());
                }
                case "p" -> keepOnly(element, "class", "quote-source"::equals);
                case "code" -> keepOnly(element, "class", value -> CODE_LANGUAGE.matcher(value).matches());
                case "ol" -> keepOnly(element, "start", value -> LIST_START.matcher(value).matches());
                case "th", "td" -> keepOnly(element, "align", ALIGNMENTS::contains);
                default -> {
                }
            }
        }
        clean.outputSettings().prettyPrint(false);
        return new SanitisedHtml(clean.body().html(), links);
    }

    /**
     * Browsers drop tabs and line breaks anywhere in a URL, and spaces and controls around it;
     * so does this, so that {@code "ht\ttps://…"} is seen as the external link it is.
     */
    private static void normaliseUrl(Element element, String attribute) {
        if (element.hasAttr(attribute))
            element.attr(attribute, URL_IGNORED.matcher(element.attr(attribute)).replaceAll("").trim());
    }

    private static void checkLink(Element link) {
        String href = link.attr("href");
        // Raw HTML may borrow the class: it then only marks a link to a profile.
        keepOnly(link, "class", value -> value.equals("mention") && PROFILE.matcher(href).matches());
        if (EXTERNAL.matcher(href).matches())
            link.attr("rel", EXTERNAL_RELS);
    }

    /** Mentions and quote sources are links to our own pages, which spammers gain nothing from. */
    private static boolean countsAsLink(Element link) {
        if (!link.hasAttr("href"))
            return false;
        String href = link.attr("href");
        if (link.hasClass("mention") && PROFILE.matcher(href).matches())
            return false;
        Element parent = link.parent();
        boolean quoteSource = parent != null && parent.normalName().equals("p") && parent.hasClass("quote-source");
        return !(quoteSource && POST.matcher(href).matches());
    }

    private static void keepOnly(Element element, String attribute, Predicate<String> allowed) {
        if (element.hasAttr(attribute) && !allowed.test(element.attr(attribute)))
            element.removeAttr(attribute);
    }
}
