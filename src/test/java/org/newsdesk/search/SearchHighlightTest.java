package org.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchHighlightTest {

    @TempDir
    Path folder;

    private LuceneSearchIndex index;

    @BeforeEach
    void open() {
        index = NewsCorpus.open(folder);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private SearchHit first(String text) {
        return index.search(SearchQuery.of(text)).hits().getFirst();
    }

    @Test
    void marksStemmedMatchesAsWritten() {
        SearchHit hit = first("worker strike source:valley");

        assertThat(hit.titleHtml()).isEqualTo("<mark>Strikes</mark> spread to Belfast");
        assertThat(hit.snippet()).isEqualTo("<mark>Workers</mark> in Belfast are striking over pay.");
    }

    @Test
    void marksQuotedPhrases() {
        assertThat(first("\"dock workers\"").snippet())
                .isEqualTo("<mark>Dock workers</mark> voted to end the strike on Tuesday.");
    }

    @Test
    void marksMatchesWhateverTheirAccents() {
        SearchHit hit = first("zurich");

        assertThat(hit.titleHtml()).isEqualTo("<mark>Zürich</mark> café reopens");
        assertThat(hit.snippet()).isEqualTo("The café in <mark>Zürich</mark> reopened after the flood.");
    }

    @Test
    void showsTheOpeningOfTheBodyWhenOnlyFiltersMatched() {
        SearchHit hit = first("tag:council");

        assertThat(hit.titleHtml()).isEqualTo("Council approves budget");
        assertThat(hit.snippet()).isEqualTo("The council approved the budget for the harbour district.");
    }

    @Test
    void showsTheOpeningOfTheBodyWhenTheBylineMatched() {
        SearchHit hit = first("briain");

        assertThat(hit.titleHtml()).isEqualTo("Strikes spread to Belfast");
        assertThat(hit.snippet()).isEqualTo("Workers in Belfast are striking over pay.");
    }

    @Test
    void cutsARunOnSentenceToAWindowAroundItsFirstMatch() {
        String filler = "word ".repeat(60);
        index.index(TestArticle.of(20, 1).title("Long").body(filler + "the harbour pilot said " + filler.strip()).build(), "A");
        index.commit();

        String snippet = first("pilot").snippet();

        assertThat(snippet).isEqualTo("…" + "word ".repeat(13) + "the harbour <mark>pilot</mark> said "
                + "word ".repeat(37) + "word…");
    }

    @Test
    void marksEveryHitOfAPageSpreadOverSegments() {
        // A commit per article makes a segment per article: the words' postings are opened in each.
        for (int id = 30; id < 36; id++) {
            index.index(TestArticle.of(id, 1).title("Ferry " + id).body("Calm seas. The night ferry " + id
                    + " sailed late. Tides were high.").build(), "A");
            index.commit();
        }

        var hits = index.search(SearchQuery.of("night ferry").withSort(SortOrder.OLDEST)).hits();

        assertThat(hits).extracting(SearchHit::snippet).containsExactly(
                "The <mark>night</mark> <mark>ferry</mark> 30 sailed late.",
                "The <mark>night</mark> <mark>ferry</mark> 31 sailed late.",
                "The <mark>night</mark> <mark>ferry</mark> 32 sailed late.",
                "The <mark>night</mark> <mark>ferry</mark> 33 sailed late.",
                "The <mark>night</mark> <mark>ferry</mark> 34 sailed late.",
                "The <mark>night</mark> <mark>ferry</mark> 35 sailed late.");
        assertThat(hits).extracting(SearchHit::titleHtml).containsExactly("<mark>Ferry</mark> 30",
                "<mark>Ferry</mark> 31", "<mark>Ferry</mark> 32", "<mark>Ferry</mark> 33", "<mark>Ferry</mark> 34",
                "<mark>Ferry</mark> 35");
    }

    @Test
    void marksAMatchAtTheEndOfAVeryLongBody() {
        String filler = "Nothing happened today. ".repeat(8_000);
        index.index(TestArticle.of(40, 1).title("Long day").body(filler + "Then the lighthouse keeper spoke.").build(), "A");
        index.commit();

        assertThat(first("lighthouse").snippet()).isEqualTo("Then the <mark>lighthouse</mark> keeper spoke.");
        assertThat(first("\"long day\"").snippet()).isEqualTo("Nothing happened today. ".repeat(10) + "…");
    }
}
