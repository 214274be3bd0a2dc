package org.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.ArticleContent;
import org.newsdesk.domain.ContentOrigin;

class LuceneSearchIndexTest {

    @TempDir
    Path folder;

    private LuceneSearchIndex index;

    @BeforeEach
    void open() {
        index = new LuceneSearchIndex(folder);
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void changesItsVersionWithACommitThatChangedSomethingOnly() {
        long empty = index.version();
        index.index(article(1, 10, "Port strike ends", "Dock workers voted to end the strike on Tuesday."), "Harbor Times");
        assertThat(index.version()).isEqualTo(empty);

        index.commit();
        long one = index.version();
        index.commit();

        assertThat(one).isGreaterThan(empty);
        assertThat(index.version()).isEqualTo(one);
        index.delete(1);
        index.commit();
        assertThat(index.version()).isGreaterThan(one);
    }

    @Test
    void findsArticlesByBodyWordsWithHighlightedSnippets() {
        index.index(article(1, 10, "Port strike ends", "Dock workers voted to end the strike on Tuesday."), "Harbor Times");
        index.index(article(2, 10, "Budget passes", "The council approved the budget."), "Harbor Times");
        index.commit();

        SearchHits hits = index.search(SearchQuery.of("dock workers"));

        assertThat(hits.total()).isEqualTo(1);
        SearchHit hit = hits.hits().getFirst();
        assertThat(hit.articleId()).isEqualTo(1);
        assertThat(hit.sourceTitle()).isEqualTo("Harbor Times");
        assertThat(hit.snippet()).isEqualTo("<mark>Dock</mark> <mark>workers</mark> voted to end the strike on Tuesday.");
    }

    @Test
    void ranksTitleMatchesAboveBodyMatches() {
        index.index(article(1, 10, "Council meets", "The strike was mentioned once."), "A");
        index.index(article(2, 10, "Strike ends", "Workers return."), "A");
        index.commit();

        assertThat(ids("strike")).containsExactly(2L, 1L);
    }

    @Test
    void scoresAWordInTitleAndBodyAboveTheSameWordInTheTitleAlone() {
        index.index(article(1, 10, "Harbor strike", "Workers walked out at dawn."), "A");
        index.index(article(2, 10, "Harbor strike", "The strike closed the docks."), "A");
        index.commit();

        assertThat(ids("strike")).containsExactly(2L, 1L);
    }

    @Test
    void matchesAWordTheAnalyzerSplitsAsAPhrase() {
        index.index(article(1, 10, "Cases rise", "New covid-19 cases were reported."), "A");
        index.index(article(2, 10, "Cases fall", "Fewer cases: 19 covid wards closed."), "A");
        index.commit();

        assertThat(ids("covid-19")).containsExactly(1L);
        assertThat(ids("cases -covid-19")).containsExactly(2L);
    }

    @Test
    void excludesWordsAfterAMinusAndMatchesPhrases() {
        index.index(article(1, 10, "Heat wave", "Record heat in the valley."), "A");
        index.index(article(2, 10, "Heat and rain", "Heat then rain in the valley."), "A");
        index.commit();

        assertThat(ids("heat -rain")).containsExactly(1L);
        assertThat(ids("\"then rain\"")).containsExactly(2L);
    }

    @Test
    void replacesTheDocumentOfAnUpdatedArticle() {
        index.index(article(1, 10, "Mayor says yes", "first text"), "A");
        index.commit();
        index.index(article(1, 10, "Mayor says no", "corrected text"), "A");
        index.commit();

        assertThat(index.count()).isEqualTo(1);
        assertThat(index.search(SearchQuery.of("corrected")).hits()).extracting(SearchHit::title).containsExactly("Mayor says no");
        assertThat(index.search(SearchQuery.of("first")).total()).isZero();
    }

    @Test
    void forgetsEveryArticleOfARemovedSource() {
        index.index(article(1, 10, "One", "text"), "A");
        index.index(article(2, 11, "Two", "text"), "B");
        index.commit();

        index.deleteSource(10);
        index.commit();

        assertThat(ids("text")).containsExactly(2L);
    }

    @Test
    void keepsDocumentsAcrossReopening() {
        index.index(article(1, 10, "Kept", "durable text"), "A");
        index.commit();
        index.close();

        index = new LuceneSearchIndex(folder);
        assertThat(index.search(SearchQuery.of("durable")).total()).isEqualTo(1);
    }

    @Test
    void refusesASecondWriterOnTheSameFolder() {
        assertThatThrownBy(() -> new LuceneSearchIndex(folder))
                .isInstanceOfSatisfying(SearchException.class, e -> assertThat(e.reason()).isEqualTo(SearchException.Reason.BUSY))
                .hasMessageContaining("in use by another Newsdesk process");
    }

    @Test
    void escapesHtmlInSnippets() {
        index.index(article(1, 10, "Markup", "a <script>alert(1)</script> tag"), "A");
        index.commit();

        assertThat(index.search(SearchQuery.of("tag")).hits().getFirst().snippet())
                .isEqualTo("a &lt;script&gt;alert(1)&lt;/script&gt; <mark>tag</mark>");
    }

    @Test
    void startsAfreshOverAnIndexWrittenWithAnEarlierLayout(@TempDir Path earlier) throws Exception {
        try (var dir = org.apache.lucene.store.FSDirectory.open(earlier);
             var old = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig())) {
            var doc = new org.apache.lucene.document.Document();
            doc.add(new org.apache.lucene.document.TextField("title", "Old layout", org.apache.lucene.document.Field.Store.YES));
            old.addDocument(doc);
            old.commit();
        }

        try (LuceneSearchIndex reopened = new LuceneSearchIndex(earlier)) {
            assertThat(reopened.count()).isZero();
            reopened.index(article(1, 10, "New layout", "text"), "A");
            reopened.commit();
            assertThat(reopened.search(SearchQuery.of("layout")).hits()).extracting(SearchHit::title).containsExactly("New layout");
        }
        try (LuceneSearchIndex again = new LuceneSearchIndex(earlier)) {
            assertThat(again.count()).isEqualTo(1);
        }
    }

    /** The articles a search finds, best first. */
    private List<Long> ids(String query) {
        return index.search(SearchQuery.of(query)).hits().stream().map(SearchHit::articleId).toList();
    }

    static Article article(long id, long sourceId, String title, String body) {
        ArticleContent content = new ArticleContent(title, List.of(), Instant.parse("2026-11-20T10:00:00Z"), null, null,
                "en", null, null, null, "<p>" + body + "</p>", body, List.of(), null, List.of());
        return new Article(id, sourceId, "https://example.org/" + id, "guid-" + id, ContentOrigin.PAGE,
                Instant.parse("2026-11-20T11:00:00Z"), 1, List.of(), content);
    }
}
