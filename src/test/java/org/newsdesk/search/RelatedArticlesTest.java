package org.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelatedArticlesTest {

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

    @Test
    void findsArticlesSharingDistinctiveWordsButNotTheArticleItself() {
        assertThat(index.related(3, 5)).extracting(SearchHit::articleId).containsExactly(1L);
        assertThat(index.related(5, 5)).extracting(SearchHit::articleId).containsExactly(6L);
    }

    @Test
    void ranksTheCloserArticleFirst() {
        index.index(TestArticle.of(7, NewsCorpus.VALLEY).title("Dock strike talks resume")
                .body("Dock workers and port owners resume talks as the strike enters a second week.").build(), "Valley Dispatch");
        index.commit();

        assertThat(index.related(1, 5)).extracting(SearchHit::articleId).containsExactly(7L, 3L);
    }

    @Test
    void findsAnArticleIndexedAfterTheRelatedArticlesWereFirstAskedFor() {
        assertThat(index.related(1, 5)).extracting(SearchHit::articleId).containsExactly(3L);

        index.index(TestArticle.of(7, NewsCorpus.VALLEY).title("Dock strike talks resume")
                .body("Dock workers and port owners resume talks as the strike enters a second week.").build(), "Valley Dispatch");
        index.commit();

        assertThat(index.related(1, 5)).extracting(SearchHit::articleId).containsExactly(7L, 3L);
        assertThat(index.related(1, 1)).extracting(SearchHit::articleId).containsExactly(7L);
    }

    @Test
    void putsArticlesFromTheSameWeeksBeforeCloserOnesFromLongAgo() {
        // Article 6 (49 days before article 5) shares "heat" and "valley"; article 8 (a day before) only "drought".
        index.index(TestArticle.of(8, NewsCorpus.VALLEY).title("Farm aid")
                .body("The drought costs farms dearly.").published("2026-11-18T09:00:00Z").build(), "Valley Dispatch");
        index.commit();

        assertThat(index.related(5, 5)).extracting(SearchHit::articleId).containsExactly(8L, 6L);
        assertThat(index.related(5, 1)).extracting(SearchHit::articleId).containsExactly(8L);
    }

    @Test
    void showsTheOpeningOfTheBodyAsSnippet() {
        SearchHit hit = index.related(5, 1).getFirst();

        assertThat(hit.snippet()).isEqualTo("Heat then rain in the valley as the storm arrives.");
        assertThat(hit.titleHtml()).isEqualTo("Rain returns");
    }

    @Test
    void idsToKeepAreThoseOfTheHitsBestFirstAndALongerListStartsWithAShorterOne() {
        index.index(TestArticle.of(7, NewsCorpus.VALLEY).title("Dock strike talks resume")
                .body("Dock workers and port owners resume talks as the strike enters a second week.").build(), "Valley Dispatch");
        index.commit();

        for (long id = 1; id <= 7; id++) {
            java.util.List<Long> hits = index.related(id, 2).stream().map(SearchHit::articleId).toList();
            java.util.List<Long> kept = index.relatedIds(id, 20).orElseThrow();
            assertThat(kept.subList(0, Math.min(2, kept.size()))).as("article %d", id).isEqualTo(hits);
        }
        assertThat(index.relatedIds(1, 20)).contains(java.util.List.of(7L, 3L));
        assertThat(index.relatedIds(4, 20)).contains(java.util.List.of());
    }

    @Test
    void findsNothingForAnArticleNotInTheIndex() {
        assertThat(index.relatedIds(99, 5)).isEmpty();
        assertThat(index.related(99, 5)).isEmpty();
    }

    @Test
    void refusesALimitOutsideOneToAHundred() {
        assertThatThrownBy(() -> index.related(1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit must be 1 to 100, was 0");
    }
}
