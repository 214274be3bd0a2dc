package org.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void collapsesEveryRunOfWhiteSpaceToOneSpaceAndStripsBothEnds() {
        assertThat(Text.normalize(" \u00a0 Council\n\tvotes  on\u200b\u3000budget \u2003"))
                .isEqualTo("Council votes on budget");
    }

    @Test
    void givesBackTextThatNeedsNoChangeAndEmptyForBlankText() {
        assertThat(Text.normalize("Council votes on budget")).isEqualTo("Council votes on budget");
        assertThat(Text.normalize("  Council votes")).isEqualTo("Council votes");
        assertThat(Text.normalize(" \n\u00a0")).isEmpty();
        assertThat(Text.normalize(null)).isEmpty();
    }

    @Test
    void writesOneLinePerBlockWithWhiteSpaceCollapsedAndPreformattedLinesKept() {
        var body = Jsoup.parseBodyFragment("<p> One\u00a0 <b>two</b>\n three\u200b\u00ad </p><ul><li>Four"
                + "<li> </ul><pre>  a  b\n\n c</pre><table><tr> <td> x </td>\n<td></td><td>y |</td></table>"
                + "<figure><img src=a.jpg><figcaption>Caption</figcaption></figure>").body();
        assertThat(TextLines.of(body, true)).isEqualTo("One two three\nFour\na b\n\nc\nx | y\nCaption");
        assertThat(TextLines.of(body, false)).isEqualTo("One two three\nFour\na b\n\nc\nx | y");
    }
}
