package org.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchOrderAndPagingTest {

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
    void sortsByRelevanceWithTitleMatchesFirst() {
        SearchHits hits = index.search(SearchQuery.of("heat"));

        assertThat(hits.hits()).extracting(SearchHit::articleId).containsExactly(5L, 6L);
        assertThat(hits.hits().get(0).score()).isGreaterThan(hits.hits().get(1).score());
    }

    @Test
    void sortsByDateEitherWay() {
        SearchQuery valley = SearchQuery.of("heat");

        assertThat(index.search(valley.withSort(SortOrder.OLDEST)).hits()).extracting(SearchHit::articleId).containsExactly(6L, 5L);
        assertThat(index.search(valley.withSort(SortOrder.NEWEST)).hits()).extracting(SearchHit::articleId).containsExactly(5L, 6L);
        assertThat(index.search(valley.withSort(SortOrder.NEWEST)).hits().getFirst().score()).isZero();
    }

    @Test
    void sortsAQueryWithoutWordsNewestFirst() {
        SearchHits hits = index.search(SearchQuery.of(""));

        assertThat(hits.hits()).extracting(SearchHit::articleId).containsExactly(1L, 5L, 2L, 3L, 6L, 4L);
        assertThat(hits.hits().getFirst().shownAt()).isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
    }

    @Test
    void pagesThroughHitsWithTheTotalOnEveryPage() {
        SearchQuery all = new SearchQuery("", 0, 2);

        assertThat(index.search(all).hits()).extracting(SearchHit::articleId).containsExactly(1L, 5L);
        SearchHits second = index.search(all.withOffset(2));
        assertThat(second.hits()).extracting(SearchHit::articleId).containsExactly(2L, 3L);
        assertThat(second.total()).isEqualTo(6);
        assertThat(index.search(all.withOffset(4)).hits()).extracting(SearchHit::articleId).containsExactly(6L, 4L);
        SearchHits past = index.search(all.withOffset(6));
        assertThat(past.hits()).isEmpty();
        assertThat(past.total()).isEqualTo(6);
    }

    @Test
    void refusesPagesDeeperThanTenThousandHits() {
        assertThatThrownBy(() -> new SearchQuery("", 9_990, 20)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("offset + limit must be at most 10000, was 10010");
    }

    @Test
    void carriesWhatAPageShowsOfAHit() {
        SearchHit hit = index.search(SearchQuery.of("belfast")).hits().getFirst();

        assertThat(hit).isEqualTo(new SearchHit(3, NewsCorpus.VALLEY, "Strikes spread to Belfast", "https://example.org/3",
                "Valley Dispatch", Instant.parse("2026-11-05T09:00:00Z"), hit.score(),
                "Workers in <mark>Belfast</mark> are striking over pay.", "Strikes spread to <mark>Belfast</mark>",
                "Seán Ó Briain", "en", java.util.List.of("Northern Ireland", "Business"), java.util.List.of("Unions", "Belfast")));
    }
}
