package org.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches matching many articles are counted on a sample: 12,000 articles, every one about the harbour, three in
 * four in Politics, one in two tagged Docks and each with a tag of its own; one in 25 mentions a regatta.
 */
class SearchEstimatesTest {

    private static final int ARTICLES = 12_000;

    @TempDir
    static Path folder;

    private static LuceneSearchIndex index;

    @BeforeAll
    static void build() {
        index = NewsCorpus.open(folder);
        index.clear();
        for (int i = 1; i <= ARTICLES; i++) {
            String body = "The harbour reopened today." + (i % 25 == 0 ? " A regatta follows." : "");
            index.index(TestArticle.of(i, NewsCorpus.HARBOR).title("Harbour news " + i).body(body)
                    .categories(i % 4 == 0 ? "Sports" : "Politics")
                    .tags(i % 2 == 0 ? new String[] {"Docks", "Tag " + i} : new String[] {"Tag " + i})
                    .build(), "Harbor Times");
        }
        index.commit();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void estimatesTheTotalOfASearchMatchingManyArticles() {
        SearchHits hits = index.search(SearchQuery.of("harbour"));

        assertThat(hits.totalExact()).isFalse();
        assertThat(hits.total()).isCloseTo(12_000L, within(600L));
        assertThat(hits.total() % 100).as("rounded to two significant digits").isZero();
        assertThat(hits.hits()).hasSize(20);
        assertThat(index.count(SearchQuery.of("harbour"))).as("counting alone stays exact").isEqualTo(12_000);
    }

    @Test
    void estimatesFacetCountsFromTheSampleAndKeepsTheTopLabels() {
        Facets facets = index.search(SearchQuery.of("harbour")).facets();

        assertThat(facets.categories()).extracting(FacetValue::value).containsExactly("Politics", "Sports");
        assertThat(facets.categories().get(0).count()).isCloseTo(9_000L, within(900L));
        assertThat(facets.categories().get(1).count()).isCloseTo(3_000L, within(300L));
        assertThat(facets.categories()).allMatch(v -> !v.exact());
        // The tags of one article each are seen once or not at all in the sample: they say nothing, so they are left out.
        assertThat(facets.tags()).extracting(FacetValue::value).containsExactly("Docks");
        assertThat(facets.tags().getFirst().count()).isCloseTo(6_000L, within(600L));
        assertThat(facets.dates()).extracting(FacetValue::exact).containsOnly(false);
    }

    @Test
    void countsExactlyWhenASearchMatchesFewArticles() {
        SearchHits hits = index.search(SearchQuery.of("regatta"));

        assertThat(hits.totalExact()).isTrue();
        assertThat(hits.total()).isEqualTo(480);
        assertThat(hits.facets().categories()).containsExactly(new FacetValue("Politics", "Politics", 360),
                new FacetValue("Sports", "Sports", 120));
        assertThat(hits.facets().tags()).hasSize(10).first().isEqualTo(new FacetValue("Docks", "Docks", 240));
    }

    @Test
    void offersTheNextPageWhileTheTotalIsAnEstimate() {
        SearchHits last = index.search(new SearchQuery("harbour", 9_980, 20));

        assertThat(last.hits()).hasSize(20);
        assertThat(last.total()).isGreaterThan(10_000);
    }

    @Test
    void sortsByDateAndNarrowsByCategoryOnTheSameEstimates() {
        SearchHits hits = index.search(SearchQuery.of("harbour category:Politics").withSort(SortOrder.NEWEST));

        assertThat(hits.totalExact()).isFalse();
        assertThat(hits.total()).isCloseTo(9_000L, within(900L));
        assertThat(hits.hits()).extracting(SearchHit::categories).containsOnly(List.of("Politics"));
        // The category's own counts leave out its filter, to offer the others: the same estimate as without it.
        assertThat(hits.facets().categories()).extracting(FacetValue::value).containsExactly("Politics", "Sports");
    }
}
