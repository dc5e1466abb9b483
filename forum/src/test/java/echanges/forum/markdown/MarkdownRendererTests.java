package echanges.forum.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownRendererTests {

    private static final Mentions EVERYONE = handle -> true;
    private static final Mentions NOBODY = handle -> false;

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private String html(String markdown) {
        return renderer.render(markdown, EVERYONE).html().strip();
    }

    @Nested
    class CommonMark {

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                # Title                   | <h1>Title</h1>
                ###### Small              | <h6>Small</h6>
                *em* and **strong**       | <p><em>em</em> and <strong>strong</strong></p>
                ~~gone~~                  | <p><del>gone</del></p>
                `a < b`                   | <p><code>a &lt; b</code></p>
                [site](https://example.org "Home") | <p><a href="https://example.org" title="Home" rel="nofollow ugc noopener">site</a></p>
                [thread](/threads/42)     | <p><a href="/threads/42">thread</a></p>
                ![logo](https://example.org/logo.png) | <p><img src="https://example.org/logo.png" alt="logo"></p>
                ---                       | <hr>
                5 < 6 & 7 > 3             | <p>5 &lt; 6 &amp; 7 &gt; 3</p>
                """)
        void shouldRenderInlinesAndSimpleBlocks(String markdown, String expected) {
            assertThat(html(markdown)).isEqualTo(expected);
        }

        @Test
        void shouldRenderListsQuotesAndCode() {
            String markdown = """
                    - one
                    - two

                    3. three
                    4. four

                    > quoted
                    > line

                    ```java
                    if (a < b) {}
                    ```

                    first line\\
                    second line
                    """;

            String html = html(markdown);

            assertThat(html).contains("<ul>\n<li>one</li>\n<li>two</li>\n</ul>", "<ol start=\"3\">\n<li>three</li>",
                    "<blockquote>\n<p>quoted\nline</p>\n</blockquote>",
                    "<pre><code class=\"language-java\">if (a &lt; b) {}\n</code></pre>", "first line<br>\nsecond line");
        }

        @Test
        void shouldKeepTheTextOfElementsThatAreNotAllowed() {
            assertThat(html("<div><b>bold</b> <u>text</u></div>")).isEqualTo("bold text");
        }

        @Test
        void shouldRenderAnEmptyPostAsEmptyHtml() {
            RenderedPost post = renderer.render("", EVERYONE);

            assertThat(post).isEqualTo(new RenderedPost("", List.of(), List.of(), 0));
        }
    }

    @Nested
    class Tables {

        @Test
        void shouldRenderAGfmTableWithItsAlignment() {
            String markdown = """
                    | Lot | Price |
                    |:----|------:|
                    | A   | 10 €  |
                    """;

            Element table = Jsoup.parseBodyFragment(html(markdown)).selectFirst("table");

            assertThat(table).isNotNull();
            assertThat(table.select("thead th").eachText()).containsExactly("Lot", "Price");
            assertThat(table.select("tbody td").eachText()).containsExactly("A", "10 €");
            assertThat(table.select("th").eachAttr("align")).containsExactly("left", "right");
            assertThat(table.select("[style], [class]")).isEmpty();
        }
    }

    @Nested
    class Autolinks {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                see https://example.org/docs.      | https://example.org/docs  | https://example.org/docs
                or www.example.org today           | http://www.example.org    | www.example.org
                write to someone@example.org       | mailto:someone@example.org | someone@example.org
                <https://example.org/a?b=c>        | https://example.org/a?b=c | https://example.org/a?b=c
                """)
        void shouldLinkBareUrlsAndAddresses(String markdown, String href, String text) {
            Element link = Jsoup.parseBodyFragment(html(markdown)).selectFirst("a");

            assertThat(link).isNotNull();
            assertThat(link.attr("href")).isEqualTo(href);
            assertThat(link.text()).isEqualTo(text);
        }

        @Test
        void shouldMarkExternalLinksOnly() {
            String html = html("[ours](/threads/1), [theirs](https://example.org), [mail](mailto:a@example.org)");

            assertThat(Jsoup.parseBodyFragment(html).select("a[rel]").eachAttr("href")).containsExactly("https://example.org");
            assertThat(html).contains("rel=\"nofollow ugc noopener\"");
        }
    }

    @Nested
    class Quotes {

        @Test
        void shouldRenderAQuoteWithALinkToItsSource() {
            String markdown = """
                    [quote="alice, post:p_42-x"]
                    The *lot* is too big.
                    [/quote]

                    I agree.
                    """;

            RenderedPost post = renderer.render(markdown, EVERYONE);

            assertThat(post.html().strip()).isEqualTo("""
                    <blockquote class="quote" data-post="p_42-x">
                    <p class="quote-source"><a href="/posts/p_42-x">@alice</a> wrote:</p>
                    <p>The <em>lot</em> is too big.</p>
                    </blockquote>
                    <p>I agree.</p>""");
            assertThat(post.quotedPostIds()).containsExactly("p_42-x");
            assertThat(post.linkCount()).isZero();
        }

        @Test
        void shouldCollectEachQuotedPostOnce() {
            String markdown = """
                    [quote="alice, post:1"]
                    one
                    [/quote]
                    [quote="bob,post:2"]
                    two
                    [/quote]
                    [quote="alice, post:1"]
                    one again
                    [/quote]
                    """;

            assertThat(renderer.render(markdown, EVERYONE).quotedPostIds()).containsExactly("1", "2");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                '[quote="alice, post:1"]\nnever closed'          | '[quote="alice, post:1"]'
                '[quote="alice"]\nno post\n[/quote]'              | '[quote="alice"]'
                '[quote="al, post:1"]\nhandle too short\n[/quote]' | '[quote="al, post:1"]'
                '[quote="alice, post:a b"]\nbad id\n[/quote]'      | '[quote="alice, post:a b"]'
                'text [quote="alice, post:1"]\ninline\n[/quote]'   | 'text [quote="alice, post:1"]'
                """)
        void shouldLeaveMalformedMarkersAsText(String escapedMarkdown, String expectedText) {
            RenderedPost post = renderer.render(escapedMarkdown.replace("\\n", "\n"), EVERYONE);

            assertThat(post.html()).doesNotContain("<blockquote").contains(expectedText);
            assertThat(post.quotedPostIds()).isEmpty();
        }

        @Test
        void shouldNotNestQuotes() {
            String markdown = """
                    [quote="alice, post:1"]
                    [quote="bob, post:2"]
                    inner
                    [/quote]
                    outer
                    [/quote]
                    after
                    """;

            RenderedPost post = renderer.render(markdown, EVERYONE);

            assertThat(Jsoup.parseBodyFragment(post.html()).select("blockquote")).hasSize(1);
            assertThat(post.html()).contains("[quote=\"bob, post:2\"]\ninner\n[/quote]\nouter</p>\n</blockquote>",
                    "<p>after</p>");
            assertThat(post.quotedPostIds()).containsExactly("1");
        }

        @Test
        void shouldNotTakeMarkersInCodeForQuotes() {
            String markdown = """
                    [quote="alice, post:1"]
                    ```
                    [/quote]
                    ```
                    [/quote]

                        [quote="bob, post:2"]
                    """;

            RenderedPost post = renderer.render(markdown, EVERYONE);

            assertThat(post.html()).contains("<pre><code>[/quote]\n</code></pre>\n</blockquote>",
                    "<pre><code>[quote=\"bob, post:2\"]\n</code></pre>");
            assertThat(post.quotedPostIds()).containsExactly("1");
        }
    }

    @Nested
    class Mentioning {

        @Test
        void shouldLinkTheHandlesOfExistingAccountsOnly() {
            RenderedPost post = renderer.render("Thanks @alice and @ghost!", Set.of("alice")::contains);

            assertThat(post.html().strip()).isEqualTo(
                    "<p>Thanks <a class=\"mention\" href=\"/people/alice\">@alice</a> and @ghost!</p>");
            assertThat(post.mentionedHandles()).containsExactly("alice");
            assertThat(post.linkCount()).isZero();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                '`@alice` in a code span'
                '    @alice in an indented block'
                'write to bob@example.org'
                'write to bob@localhost'
                '[@alice](https://example.org)'
                'https://example.org/@alice'
                '@@alice'
                '@al is too short'
                '@a234567890123456789012345678901 is too long'
                '@alice@example.org is elsewhere'
                '<a href="/x">@alice</a>'
                """)
        void shouldNotTakeForAMention(String markdown) {
            RenderedPost post = renderer.render(markdown, EVERYONE);

            assertThat(post.mentionedHandles()).isEmpty();
            assertThat(post.html()).doesNotContain("class=\"mention\"");
        }

        @Test
        void shouldNotTakeAFencedBlockForMentions() {
            RenderedPost post = renderer.render("```\n@alice\n```", EVERYONE);

            assertThat(post.mentionedHandles()).isEmpty();
        }

        @Test
        void shouldListEachHandleOnceAsFirstWritten() {
            List<String> lookedUp = new ArrayList<>();
            Mentions accounts = handle -> lookedUp.add(handle);

            RenderedPost post = renderer.render("@Bob, @alice, @bob and @ALICE (again @bob_2-x).", accounts);

            assertThat(post.mentionedHandles()).containsExactly("Bob", "alice", "bob_2-x");
            assertThat(lookedUp).containsExactly("Bob", "alice", "bob_2-x");
            assertThat(Jsoup.parseBodyFragment(post.html()).select("a.mention").eachAttr("href"))
                    .containsExactly("/people/Bob", "/people/alice", "/people/bob", "/people/ALICE", "/people/bob_2-x");
        }

        @Test
        void shouldLinkMentionsInTablesHeadingsAndEmphasis() {
            RenderedPost post = renderer.render("# For @alice\n\n**@bob**\n\n| who |\n|---|\n| @carol |", EVERYONE);

            assertThat(post.mentionedHandles()).containsExactly("alice", "bob", "carol");
        }

        @Test
        void shouldLinkButNotCollectMentionsInQuotedText() {
            String markdown = """
                    [quote="alice, post:1"]
                    ask @bob
                    [/quote]
                    @carol, see above.
                    """;

            RenderedPost post = renderer.render(markdown, EVERYONE);

            assertThat(post.html()).contains("<a class=\"mention\" href=\"/people/bob\">@bob</a>");
            assertThat(post.mentionedHandles()).containsExactly("carol");
        }

        @Test
        void shouldNotLookUpAnyoneWithoutAHandle() {
            RenderedPost post = renderer.render("no handles here", handle -> {
                throw new AssertionError("looked up " + handle);
            });

            assertThat(post.mentionedHandles()).isEmpty();
        }

        @Test
        void shouldLeaveUnknownHandlesAsText() {
            assertThat(renderer.render("hi @alice", NOBODY).html().strip()).isEqualTo("<p>hi @alice</p>");
        }
    }

    @Nested
    class LinkCounting {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                no link at all                                              | 0
                https://a.example and www.b.example                         | 2
                [one](/threads/1) [two](https://example.org)                | 2
                mail me@example.org                                         | 1
                @alice and @bob                                             | 0
                '[quote="alice, post:1"]\n[x](https://example.org)\n[/quote]' | 1
                <a href="https://a.example">raw</a> <a name="anchor">none</a> | 1
                <a class="mention" href="https://spam.example">x</a>        | 1
                [bad](javascript:alert(1))                                  | 0
                ![image](https://example.org/a.png)                         | 0
                """)
        void shouldCountLinksButNotMentionsOrQuoteSources(String escapedMarkdown, int expected) {
            RenderedPost post = renderer.render(escapedMarkdown.replace("\\n", "\n"), EVERYONE);

            assertThat(post.linkCount()).isEqualTo(expected);
        }
    }
}
