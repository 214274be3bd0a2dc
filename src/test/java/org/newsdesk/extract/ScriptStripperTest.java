package org.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptStripperTest {

    @Test
    void dropsTheCodeOfScriptsAndStylesButKeepsTheElements() {
        assertThat(ScriptStripper.stripToString(
                "<head><STYLE type=text/css>p{color:red}</STYLE><script src=a.js></script></head>"
                        + "<body><p>Text</p><script>var a = '<b>' < 2;</script ><p>More</p></body>"))
                .isEqualTo("<head><STYLE type=text/css></STYLE><script src=a.js></script></head>"
                        + "<body><p>Text</p><script></script ><p>More</p></body>");
    }

    @Test
    void keepsJsonData() {
        String html = "<script type=\"application/ld+json\">{\"headline\":\"A\"}</script><script>x()</script>";
        assertThat(ScriptStripper.stripToString(html))
                .isEqualTo("<script type=\"application/ld+json\">{\"headline\":\"A\"}</script><script></script>");
    }

    @Test
    void leavesScriptTagsInCommentsAttributesAndTitlesAlone() {
        String html = "<title>a <script> b</title><!-- <script> --><p title=\"x > <script>\">t</p>"
                + "<textarea><style></textarea><script>y()</script>";
        assertThat(ScriptStripper.stripToString(html))
                .isEqualTo("<title>a <script> b</title><!-- <script> --><p title=\"x > <script>\">t</p>"
                        + "<textarea><style></textarea><script></script>");
    }

    @Test
    void looksForTheEndTagAsTheTokenizerDoes() {
        assertThat(ScriptStripper.stripToString("<script>a</scripts>b</script\t><p>c"))
                .isEqualTo("<script></script\t><p>c");
    }

    @Test
    void keepsStylesInsideSvgWhichAreText() {
        String html = "<svg><style>.a{fill:red}</style><path d=\"M0\"/></svg><style>p{}</style>";
        assertThat(ScriptStripper.stripToString(html))
                .isEqualTo("<svg><style>.a{fill:red}</style><path d=\"M0\"/></svg><style></style>");
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
        assertThat(ScriptStripper.stripToString("<p a = \"x>'<script>\" b='>'>t</p><script>f</script>"))
                .isEqualTo("<p a = \"x>'<script>\" b='>'>t</p><script></script>");
    }
}
