package org.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ScriptStripperTest {

    @Test
    void dropsTheCodeOfScriptsAndStylesButKeepsTheElements() {
        assertThat(ScriptStripper.stripToString(
                "<body><p>Text</p>a<script>var a = '<b>' < 2;</script >b<STYLE type=text/css>p{color:red}</STYLE>c"))
                .isEqualTo("<body><p>Text</p>a<script></script >b<STYLE type=text/css></STYLE>c");
    }

    @Test
    void dropsScriptsLinksAndMetaTagsOfTheHeadWholeButThoseAPassReads() {
        assertThat(ScriptStripper.stripToString("<html lang=en><head><title>T</title><script src=a.js></script>"
                + "<link rel=stylesheet href=a.css><link rel=\"canonical\" href=\"/a\">"
                + "<script type=\"application/ld+json\">{}</script><meta name=viewport content=y>"
                + "<meta property=\"OG:Title\" content=T><meta name='x' itemprop=name content=n></head>"
                + "<body>a<script>b()</script>c<link rel=preload href=b.js><meta name=x content=y>"))
                .isEqualTo("<html lang=en><head><title>T</title><link rel=\"canonical\" href=\"/a\">"
                        + "<script type=\"application/ld+json\">{}</script><meta property=\"OG:Title\" content=T>"
                        + "<meta name='x' itemprop=name content=n></head><body>"
                        + "a<script></script>c");
    }

    @Test
    void leavesOutWhiteSpaceBesideTagsThatStartOrEndALine() {
        assertThat(ScriptStripper.stripToString(
                "<html>\n<head>\n  <title>T</title>\n</head>\n<body>\n<div>\n  <p>a</p>\n  <span>b</span> <b>c</b>\n"
                        + "</div>\n<ul>\n <li> <a href=x>d</a> </li>\n</ul><span>e</span> <!-- f --> <i>g</i></body>"))
                .isEqualTo("<html><head><title>T</title></head><body><div><p>a</p><span>b</span> <b>c</b></div>"
                        + "<ul><li><a href=x>d</a></li></ul><span>e</span>  <i>g</i></body>");
    }

    @Test
    void dropsUnreadVoidElementsAndCommentsWholeWhereTheyPartNoText() {
        assertThat(ScriptStripper.stripToString("<body><p>a<input name=q>b</p><form><input type=text></form>"
                + "<link rel=preload href=x><link itemprop=url href=y><meta name=x content=y>"
                + "<meta name=author content=z><!-- c --><p>d <!-- e -->f</p><select><input></select>"))
                .isEqualTo("<body><p>a<input name=q>b</p><form></form><link itemprop=url href=y>"
                        + "<meta name=author content=z><p>d <!---->f</p><select><input></select>");
    }

    @Test
    void keepsTheWhiteSpaceOfPreformattedText() {
        String html = "<pre><p>a</p>\n  <p>b</p></pre><div> <pre> <b>c</b>\n</pre> </div>";
        assertThat(ScriptStripper.stripToString(html)).isEqualTo("<pre><p>a</p>\n  <p>b</p></pre><div><pre> <b>c</b>\n</pre></div>");
    }

    @Test
    void pagesReadTheSameWithoutTheWhiteSpaceLeftOut() {
        for (String html : List.of(
                "<div>\n <p>One <b>two</b>\n three</p>\n <p>four</p>\n</div>\n<div><span>five</span>\n<div>six</div></div>",
                "<ul>\n <li>a</li>\n <li><a href=x>b</a>\n <a href=y>c</a></li>\n</ul>\n<h2>d</h2>\n<em>e</em>\n<p>f</p>",
                "<table>\n <tr>\n  <td>a</td>\n  <td> b </td>\n </tr>\n</table>\n<section>\n<i>c</i> <!-- x -->\n<i>d</i></section>",
                "<blockquote>\n <p>a</p>\n</blockquote>\n<figure>\n <img src=x>\n <figcaption> b </figcaption>\n</figure>")) {
            assertThat(Jsoup.parse(ScriptStripper.stripToString(html)).text()).as(html)
                    .isEqualTo(Jsoup.parse(html).text());
            assertThat(TextLines.of(Jsoup.parse(ScriptStripper.stripToString(html)).body())).as(html)
                    .isEqualTo(TextLines.of(Jsoup.parse(html).body()));
        }
    }

    @Test
    void keepsJsonData() {
        String html = "<body><script type=\"application/ld+json\">{\"headline\":\"A\"}</script>a<script>x()</script>b";
        assertThat(ScriptStripper.stripToString(html))
                .isEqualTo("<body><script type=\"application/ld+json\">{\"headline\":\"A\"}</script>"
                        + "a<script></script>b");
    }

    @Test
    void leavesScriptTagsInCommentsAttributesAndTitlesAlone() {
        String html = "<title>a <script> b</title><!-- <script> --><p title=\"x > <script>\">t</p>"
                + "<textarea><style></textarea>a<script>y()</script>";
        assertThat(ScriptStripper.stripToString(html))
                .isEqualTo("<title>a <script> b</title><p title=\"x > <script>\">t</p>"
                        + "<textarea><style></textarea>a<script></script>");
    }

    @Test
    void looksForTheEndTagAsTheTokenizerDoes() {
        assertThat(ScriptStripper.stripToString("<body>x<script>a</scripts>b</script\t>c"))
                .isEqualTo("<body>x<script></script\t>c");
    }

    @Test
    void keepsStylesInsideSvgWhichAreText() {
        String html = "<svg><style>.a{fill:red}</style><path d=\"M0\"/></svg>a<style>p{}</style>b";
        assertThat(ScriptStripper.stripToString(html))
                .isEqualTo("<svg><style>.a{fill:red}</style><path d=\"M0\"/></svg>a<style></style>b");
    }

    @Test
    void leavesTheRestOfThePageWhenAScriptOpensAComment() {
        String html = "<script>a<!--<script>b</script>c</script><p>d</p><script>e</script>";
        assertThat(ScriptStripper.stripToString(html)).isEqualTo(html);
    }

    @Test
    void leavesTheRestOfThePageWhenHtmlAppearsInsideSvg() {
        String html = "<svg><p>x</p></svg><script>e</script>";
        assertThat(ScriptStripper.stripToString(html)).isEqualTo(html);
    }

    @Test
    void readsQuotedAttributeValuesAsTheTokenizerDoes() {
        // an unquoted value keeps its quote and ends at '>': what follows is text, then a script
        assertThat(ScriptStripper.stripToString("<p a=b\"c>d\" e='<script>'>t</p><script>f</script>"))
                .isEqualTo("<p a=b\"c>d\" e='<script></script>");
        // a quote after '=' opens a value that may hold '>'
        assertThat(ScriptStripper.stripToString("<p a = \"x>'<script>\" b='>'>t</p>a<script>f</script>"))
                .isEqualTo("<p a = \"x>'<script>\" b='>'>t</p>a<script></script>");
    }

    @Test
    void dropsTheShapesOfAnSvgWithoutText() {
        assertThat(ScriptStripper.stripToString(
                "<a>Share<svg viewBox=\"0 0 9 9\"><g><path d=\"M0 0h9\"/></g></svg>x</a>"))
                .isEqualTo("<a>Share<svg viewBox=\"0 0 9 9\"></svg>x</a>");
        // one white space character stays, so the text around the svg reads the same
        assertThat(ScriptStripper.stripToString("<svg>\n  <path d=\"M0\"/>\n</svg>"))
                .isEqualTo("<svg>\n</svg>");
    }

    @Test
    void keepsAnSvgWithTextWhole() {
        String html = "<svg><title>Logo</title><path d=\"M0\"/></svg><svg><text>1 &lt; 2</text></svg>"
                + "<svg><path/>a < b</svg>";
        assertThat(ScriptStripper.stripToString(html)).isEqualTo(html);
    }

    @Test
    void keepsAnSvgThatAnHtmlEndTagMayClose() {
        String html = "<div><svg><path/></div><p>t</p></svg>";
        assertThat(ScriptStripper.stripToString(html)).isEqualTo(html);
    }

    @Test
    void emptiesComments() {
        assertThat(ScriptStripper.stripToString("<p>a<!-- <b>note</b> -- x -->b<!---->c<!--->d<!-- e --!>f"))
                .isEqualTo("<p>a<!---->b<!---->c<!--->d<!----!>f");
    }

    @Test
    void dropsEventHandlersAndTheDataAndAriaAttributesNoPassReads() {
        assertThat(ScriptStripper.stripToString("<a href=\"/x\" onClick=\"go('>')\" data-track='{\"a\":1}'"
                + " DATA-SRC=\"/i.jpg\" aria-label=x aria-hidden=\"true\" data-flag>t</a>"))
                .isEqualTo("<a href=\"/x\"   DATA-SRC=\"/i.jpg\"  aria-hidden=\"true\" >t</a>");
        // the next attribute may follow a quoted value without white space; "2/" is an unquoted value
        assertThat(ScriptStripper.stripToString("<img data-x=\"1\"data-srcset=\"/a.jpg 1x\"src=/b.jpg data-y=2/>"))
                .isEqualTo("<img data-srcset=\"/a.jpg 1x\"src=/b.jpg >");
    }

    @Test
    void leavesTheAttributesOfATagThatDoesNotEnd() {
        assertThat(ScriptStripper.stripToString("<p>a</p><p data-x=\"1\" title=\"b"))
                .isEqualTo("<p>a</p><p data-x=\"1\" title=\"b");
    }

    @Test
    void leavesOutTheContentOfSiteMenusAndFooters() {
        String html = "<body><nav class=\"site-nav\"><ul>\n<li><a href=\"/world\">World</a>\n<li><a href=/sport>Sport"
                + "</a><svg><path d=\"M0\"/></svg></ul><!-- menu --><script>go()</script></nav><p>Text</p>"
                + "<footer><p>About us<p>Contact</footer>";
        assertThat(ScriptStripper.stripToString(html))
                .isEqualTo("<body><nav class=\"site-nav\"></nav><p>Text</p><footer></footer>");
    }

    @Test
    void leavesOutTheContentOfAsidesButInFigures() {
        String html = "<body><p>Text</p><aside class=promo><h4>Podcasts</h4><ul><li><a href=/p>Listen now</a></ul>"
                + "</aside><figure><img src=a.jpg><figcaption>Storm <aside><a href=/s>Share</a></aside></figcaption>"
                + "</figure>";
        assertThat(ScriptStripper.stripToString(html)).isEqualTo("<body><p>Text</p><aside class=promo></aside>"
                + "<figure><img src=a.jpg><figcaption>Storm <aside><a href=/s>Share</a></aside></figcaption></figure>");
    }

    @Test
    void keepsMenusWithWhatAPassReadsBeforeTheCleaner() {
        for (String menu : List.of(
                "<nav class=\"breadcrumbs\"><a href=\"/news\">News</a></nav>",
                "<nav><a href=\"/a?page=2\">Next</a></nav>",
                "<nav><a rel=\"next\" href=\"/a/2\">2</a></nav>",
                "<nav><span>More</span> <span>stories</span><ul><li><a href=\"/x\">X</a></li></ul></nav>",
                "<nav><h1>The Daily</h1></nav>",
                "<nav><span itemprop=\"author\">Ann Lee</span></nav>",
                "<nav><div class=\"related-posts\"><a href=\"/y\">Y</a></div></nav>",
                "<footer><p>Corrections</p></footer>")) {
            assertThat(ScriptStripper.stripToString(menu)).as(menu).isEqualTo(menu);
        }
    }

    @Test
    void keepsMenusTheParserMightNotCloseWhereTheirEndTagIs() {
        for (String menu : List.of(
                "<div><nav><div>a</nav></div>",
                "<nav><ul><li>a</div></ul></nav>",
                "<a href=\"/\"><nav><a href=\"/x\">x</a></nav></a>",
                "<form><nav><form><button>a</button></form></nav></form>",
                "<nav><table><tr><td>a</td></tr></table></nav>",
                "<nav><b><i>a</b></i></nav>")) {
            assertThat(ScriptStripper.stripToString(menu)).as(menu).isEqualTo(menu);
        }
    }

    @Test
    void dropsScriptAndStyleElementsWholeWhereTheyPartNoText() {
        assertThat(ScriptStripper.stripToString("<body><p>a</p>\n<script>x()</script>\n<p>b<script>y()</script></p>"
                + "<p>c <style>p{}</style>d</p>"))
                .isEqualTo("<body><p>a</p><p>b</p><p>c <style></style>d</p>");
    }
}
