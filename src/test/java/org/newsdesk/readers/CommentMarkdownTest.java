package org.newsdesk.readers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommentMarkdownTest {
    private final CommentMarkdown markdown = new CommentMarkdown();

    @Test
    void escapesEveryTagTheAuthorWrites() {
        assertThat(markdown.render("<script>alert('x')</script> & \"so\""))
                .isEqualTo("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;so&quot;</p>");
    }

    @Test
    void rendersEmphasisAndCode() {
        assertThat(markdown.render("**bold** and *italic* and _also_ and `a < b` but not snake_case_name"))
                .isEqualTo("<p><strong>bold</strong> and <em>italic</em> and <em>also</em> and <code>a &lt; b</code> "
                        + "but not snake_case_name</p>");
    }

    @Test
    void linksCarryNofollowUgc() {
        assertThat(markdown.render("See [the report](https://example.org/a?b=1&c=2) or https://example.com/x."))
                .isEqualTo("<p>See <a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"nofollow ugc\">the report</a> "
                        + "or <a href=\"https://example.com/x\" rel=\"nofollow ugc\">https://example.com/x</a>.</p>");
    }

    @Test
    void keepsLinksToOtherSchemesAsText() {
        assertThat(markdown.render("[click](javascript:alert(1)) [x](data:text/html,hi)"))
                .isEqualTo("<p>[click](javascript:alert(1)) [x](data:text/html,hi)</p>");
    }

    @Test
    void quotesAttributesSoALinkCannotBreakOut() {
        assertThat(markdown.render("[a](https://example.org/\"onmouseover=alert(1))"))
                .isEqualTo("<p>[a](<a href=\"https://example.org/\" rel=\"nofollow ugc\">https://example.org/</a>"
                        + "&quot;onmouseover=alert(1))</p>");
        assertThat(markdown.render("https://example.org/'><img src=x>"))
                .isEqualTo("<p><a href=\"https://example.org/\" rel=\"nofollow ugc\">https://example.org/</a>"
                        + "&#39;&gt;&lt;img src=x&gt;</p>");
    }

    @Test
    void rendersParagraphsLineBreaksQuotesListsAndCodeBlocks() {
        String text = "First line\nsecond line\n\n> quoted *words*\n\n- one\n- two\n\n1. first\n2. second\n\n"
                + "```\n<b>code</b>\n  indented\n```\nafter";

        assertThat(markdown.render(text)).isEqualTo("""
                <p>First line<br>
                second line</p>
                <blockquote><p>quoted <em>words</em></p></blockquote>
                <ul><li>one</li><li>two</li></ul>
                <ol><li>first</li><li>second</li></ol>
                <pre><code>&lt;b&gt;code&lt;/b&gt;
                  indented</code></pre>
                <p>after</p>""");
    }

    @Test
    void ignoresPlaceholderCharactersInTheInput() {
        assertThat(markdown.render("\uE0000\uE001 `x`")).isEqualTo("<p>0 <code>x</code></p>");
    }
}
