package org.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    private static final URI BASE = URI.create("https://news.example/world/story.html");
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @Test
    void removesScriptsAndStyles() {
        assertThat(sanitizer.sanitize("<p>Hi<script>alert(1)</script><style>p{}</style></p>", BASE))
                .isEqualTo("<p>Hi</p>");
    }

    @Test
    void removesEventHandlers() {
        assertThat(sanitizer.sanitize("<p onclick=\"steal()\">x</p><img src=\"https://i.example/a.jpg\" onerror=\"alert(1)\">", BASE))
                .isEqualTo("<p>x</p><img src=\"https://i.example/a.jpg\" />");
    }

    @Test
    void dropsJavascriptAndDataUrls() {
        assertThat(sanitizer.sanitize("<a href=\"javascript:alert(1)\">a</a><a href=\" JaVaScRiPt:alert(1)\">b</a>"
                + "<img src=\"data:image/png;base64,AAAA\"><a href=\"data:text/html,<script>x</script>\">c</a>", BASE))
                .isEqualTo("abc");
    }

    @Test
    void removesSvgAndIframesAndForms() {
        assertThat(sanitizer.sanitize("<svg onload=\"alert(1)\"><circle/></svg><iframe src=\"https://evil.example\">"
                + "</iframe><form action=\"/x\"><input name=\"q\"></form><p>ok</p>", BASE))
                .isEqualTo("<p>ok</p>");
    }

    @Test
    void removesStyleAttributesWithExpressions() {
        assertThat(sanitizer.sanitize("<p style=\"width: expression(alert(1))\">x</p>", BASE)).isEqualTo("<p>x</p>");
    }

    @Test
    void makesLinksAbsoluteAndMarksThemNofollow() {
        assertThat(sanitizer.sanitize("<a href=\"../europe/x.html\">x</a>", BASE))
                .isEqualTo("<a href=\"https://news.example/europe/x.html\" rel=\"nofollow noopener noreferrer\">x</a>");
    }

    @Test
    void keepsMailtoLinksButNotMailtoImages() {
        assertThat(sanitizer.sanitize("<a href=\"mailto:desk@news.example\">mail</a><img src=\"mailto:x@y\">", BASE))
                .isEqualTo("<a href=\"mailto:desk&#64;news.example\" rel=\"nofollow noopener noreferrer\">mail</a>");
    }

    @Test
    void keepsStructureFiguresAndTables() {
        String html = "<h2>T</h2><ul><li>a</li></ul><blockquote><p>q</p></blockquote><figure><img src=\"/i.jpg\">"
                + "<figcaption>c</figcaption></figure><table><tbody><tr><td>1</td></tr></tbody></table>";
        assertThat(sanitizer.sanitize(html, BASE)).isEqualTo("<h2>T</h2><ul><li>a</li></ul><blockquote><p>q</p>"
                + "</blockquote><figure><img src=\"https://news.example/i.jpg\" /><figcaption>c</figcaption></figure>"
                + "<table><tbody><tr><td>1</td></tr></tbody></table>");
    }

    @Test
    void writesOneParagraphALineAsText() {
        assertThat(sanitizer.toText("<p>One <b>two</b></p><p>Three</p><ul><li>Four</li><li>Five</li></ul>"))
                .isEqualTo("One two\nThree\nFour\nFive");
    }
}
