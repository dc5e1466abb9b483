package echanges.forum.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sanitising, through the whole renderer as the forum uses it: raw HTML in Markdown is hostile.
 * The payloads follow the OWASP XSS Filter Evasion cheat sheet, plus Markdown's own ways of
 * writing a URL and this renderer's quotes and mentions.
 */
class SanitiserTests {

    private static final Set<String> ALLOWED_ELEMENTS = Set.of("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
            "strong", "em", "del", "code", "pre", "blockquote", "ul", "ol", "li", "a", "img", "table", "thead",
            "tbody", "tr", "th", "td");
    private static final Map<String, Set<String>> ALLOWED_ATTRIBUTES = Map.of(
            "a", Set.of("href", "title", "class", "rel"),
            "img", Set.of("src", "alt", "title"),
            "blockquote", Set.of("class", "data-post"),
            "p", Set.of("class"),
            "code", Set.of("class"),
            "ol", Set.of("start"),
            "th", Set.of("align"),
            "td", Set.of("align"));
    private static final Pattern DANGEROUS_ELEMENT = Pattern.compile(
            "(?i)<\\s*/?\\s*(script|iframe|object|embed|svg|math|style|form|input|base|meta|link|frame|frameset)\\b");
    private static final Pattern DANGEROUS_SCHEME = Pattern.compile("(?i)(javascript|vbscript|data):");
    private static final Pattern ALLOWED_HREF = Pattern.compile("(?i)(https?:|mailto:).*|[^:]*|[^:/?#]*[/?#].*");
    private static final Pattern ALLOWED_SRC = Pattern.compile("(?i)https?://.*");

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    static List<String> xssPayloads() throws IOException {
        try (InputStream in = Objects.requireNonNull(SanitiserTests.class.getResourceAsStream("/markdown/xss-payloads.txt"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
        }
    }

    @Test
    void shouldKeepAtLeastFortyPayloads() throws IOException {
        assertThat(xssPayloads()).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("xssPayloads")
    void shouldDisarmXssPayload(String payload) {
        String html = renderer.render(payload, handle -> true).html();

        // Text is escaped, so these never appear in the raw output, not even as text.
        assertThat(html).doesNotContainPattern(DANGEROUS_ELEMENT);
        Document output = Jsoup.parseBodyFragment(html);
        for (Element element : output.body().select("*")) {
            if (element == output.body())
                continue;
            assertThat(ALLOWED_ELEMENTS).as("element in %s", html).contains(element.normalName());
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as("attribute in %s", html).doesNotStartWith("on").isNotEqualTo("style");
                assertThat(ALLOWED_ATTRIBUTES.getOrDefault(element.normalName(), Set.of()))
                        .as("attribute of <%s> in %s", element.normalName(), html).contains(name);
                // jsoup has decoded entities; browsers also skip these characters in a scheme.
                assertThat(squeezed(attribute.getValue())).as("attribute value in %s", html)
                        .doesNotContainPattern(DANGEROUS_SCHEME);
            }
            if (element.hasAttr("href"))
                assertThat(squeezed(element.attr("href"))).matches(ALLOWED_HREF);
            if (element.hasAttr("src"))
                assertThat(squeezed(element.attr("src"))).matches(ALLOWED_SRC);
        }
        String markup = markupOf(output);
        assertThat(markup).doesNotContainPattern(DANGEROUS_SCHEME);
        assertThat(squeezed(Parser.unescapeEntities(markup, true))).doesNotContainPattern(DANGEROUS_SCHEME);
        assertThat(namesOf(output)).doesNotContainPattern("(?i)\\son\\w+\\s*=").doesNotContainPattern("(?i)\\sstyle\\s*=");
    }

    /** Control characters and whitespace removed, as a URL parser would before reading a scheme. */
    private static String squeezed(String value) {
        return value.replaceAll("[\\p{Cntrl}\\s\\u00A0]", "");
    }

    /**
     * The output without its text. Text is what the reader sees and may well say "javascript:"
     * when a payload is shown rather than run; what must not say it is the markup.
     */
    private static String markupOf(Document output) {
        Document copy = output.clone();
        copy.body().select("*").forEach(element -> element.textNodes().forEach(TextNode::remove));
        return copy.body().html();
    }

    /** Tags and attribute names only: attribute values may quote any text. */
    private static String namesOf(Document output) {
        Document copy = output.clone();
        copy.body().select("*").forEach(element -> {
            element.textNodes().forEach(TextNode::remove);
            element.attributes().forEach(attribute -> attribute.setValue("x"));
        });
        return copy.body().html();
    }

    @Nested
    class WhatItKeeps {

        @Test
        void shouldKeepTheQuoteAndMentionMarkupItEmits() {
            String markdown = """
                    [quote="alice, post:p-1"]
                    Hello @bob
                    [/quote]
                    """;

            String html = renderer.render(markdown, handle -> true).html();

            assertThat(html).contains("<blockquote class=\"quote\" data-post=\"p-1\">",
                    "<p class=\"quote-source\"><a href=\"/posts/p-1\">@alice</a> wrote:</p>",
                    "<a class=\"mention\" href=\"/people/bob\">@bob</a>");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                <a class="mention" href="https://spam.example">x</a>           | <p><a href="https://spam.example" rel="nofollow ugc noopener">x</a></p>
                <blockquote class="evil" data-post="a b">q</blockquote>         | <blockquote>q</blockquote>
                <p class="quote-source x">p</p>                                 | <p>p</p>
                <a href="https://example.org" rel="opener">x</a>                | <p><a href="https://example.org" rel="nofollow ugc noopener">x</a></p>
                <a href="ht&#x09;tps://example.org">x</a>                       | <p><a href="https://example.org" rel="nofollow ugc noopener">x</a></p>
                <a href="/posts/1" title="t">x</a>                              | <p><a href="/posts/1" title="t">x</a></p>
                <a href="mailto:a@example.org">x</a>                            | <p><a href="mailto:a@example.org">x</a></p>
                <img src="/files/a.png" alt="a">                                | ''
                <img src="https://example.org/a.png" alt="a" width="1">         | <img src="https://example.org/a.png" alt="a">
                <code class="language-js&quot;x">c</code>                       | <p><code>c</code></p>
                """)
        void shouldKeepOnlyTheAllowedAttributeValues(String raw, String expected) {
            String html = renderer.render(raw, handle -> true).html();

            assertThat(html.strip()).isEqualTo(expected);
        }
    }
}
