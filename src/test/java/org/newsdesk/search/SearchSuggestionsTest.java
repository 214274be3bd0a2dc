package org.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchSuggestionsTest {

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
    void suggestsTheIndexsSpellingOfMisspeltWords() {
        SearchHits hits = index.search(SearchQuery.of("belfst workers"));

        assertThat(hits.total()).isZero();
        assertThat(hits.suggestions()).containsExactly(
                new Suggestion(Suggestion.Kind.SPELLING, SearchQuery.of("belfast workers"), 1),
                new Suggestion(Suggestion.Kind.ANY_WORD, SearchQuery.of("belfst workers").withMatch(MatchMode.ANY), 2));
    }

    @Test
    void respellsWordsInsidePhrasesAndKeepsOperators() {
        SearchHits hits = index.search(SearchQuery.of("\"dock wokers\" tag:port"));

        assertThat(hits.suggestions()).first().isEqualTo(
                new Suggestion(Suggestion.Kind.SPELLING, SearchQuery.of("\"dock workers\" tag:port"), 1));
    }

    @Test
    void suggestsTheSameWordsWithoutFilters() {
        SearchQuery query = SearchQuery.of("budget category:weather")
                .withFilters(SearchFilters.none().withSourceIds(List.of(NewsCorpus.MERIDIAN)));

        SearchHits hits = index.search(query.withOffset(20));

        assertThat(hits.suggestions()).containsExactly(
                new Suggestion(Suggestion.Kind.WITHOUT_FILTERS, SearchQuery.of("budget"), 1));
    }

    @Test
    void suggestsThePhrasesWordsAnywhere() {
        SearchHits hits = index.search(SearchQuery.of("\"valley heat\""));

        assertThat(hits.suggestions()).containsExactly(
                new Suggestion(Suggestion.Kind.WITHOUT_QUOTES, SearchQuery.of("valley heat"), 2));
    }

    @Test
    void suggestsNothingWhenNothingLooserFindsAnything() {
        SearchHits hits = index.search(SearchQuery.of("xylophone"));

        assertThat(hits.total()).isZero();
        assertThat(hits.suggestions()).isEmpty();
    }

    @Test
    void suggestsNothingWhenTheSearchFoundSomething() {
        assertThat(index.search(SearchQuery.of("strike")).suggestions()).isEmpty();
    }
}
