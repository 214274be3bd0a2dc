package org.newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageOutputTest {

    @Test
    void writesTextAndPiecesOfTextAsUtf8GrowingAsNeeded() {
        String mixed = "Les Échos · 東京 😀 “quoted”";
        String longText = "<p>" + "word ".repeat(40) + "é</p>";
        PageOutput out = new PageOutput(4);

        out.writeContent("plain ");
        out.writeContent(mixed);
        out.writeContent(mixed, 4, 9);
        out.writeContent(mixed, 17, 19);
        out.writeBinaryContent("|bytes|".getBytes(StandardCharsets.UTF_8));
        out.writeContent(longText);
        out.writeContent(longText, 3, 100);
        out.writeContent("");

        String expected = "plain " + mixed + mixed.substring(4, 9) + mixed.substring(17, 19) + "|bytes|" + longText
                + longText.substring(3, 100);
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(out.toByteArray()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    }
}
