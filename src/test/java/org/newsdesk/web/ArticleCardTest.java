package org.newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ArticleCardTest {

    @Test
    void aLeadIsTheOpeningOnOneLineCutAtASpace() {
        String words = "The port reopened on Monday after a strike of nine days.\nShips queued outside. ".repeat(5);

        String lead = ArticleCard.lead("  " + words);

        assertThat(lead).isEqualTo("The port reopened on Monday after a strike of nine days. Ships queued outside. The "
                + "port reopened on Monday after a strike of nine days. Ships queued outside. The port reopened on Monday "
                + "after a strike of nine days. Ships…");
        assertThat(ArticleCard.lead(" Short\nlead. ")).isEqualTo("Short lead.");
        assertThat(ArticleCard.lead("x".repeat(300))).isEqualTo("x".repeat(220) + "…");
    }

    @Test
    void aLeadIsWhatTheWholeTextOnOneLineGivesWhereverTheSpacesAndLinesFall() {
        SplittableRandom random = new SplittableRandom(3);
        String alphabet = "ab \n";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(180, 260);
            for (int c = 0; c < length; c++) text.append(alphabet.charAt(random.nextInt(random.nextInt(1, 5))));

            assertThat(ArticleCard.lead(text.toString())).isEqualTo(wholeTextLead(text.toString()));
        }
    }

    /** The lead as it was made before: the whole text on one line, then cut. */
    private static String wholeTextLead(String text) {
        String firstLines = text.strip().replace('\n', ' ');
        if (firstLines.length() <= 220) return firstLines;
        int cut = firstLines.lastIndexOf(' ', 220);
        return firstLines.substring(0, cut > 0 ? cut : 220) + "…";
    }
}
