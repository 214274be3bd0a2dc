package org.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchFacetsTest {

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

    private static FacetValue v(String value, String label, long count) {
        return new FacetValue(value, label, count);
    }

    private static FacetValue v(String value, long count) {
        return new FacetValue(value, value, count);
    }

    @Test
    void countsEveryFieldOverAllHits() {
        Facets facets = index.search(SearchQuery.of("")).facets();

        assertThat(facets.sources()).containsExactly(
                v("10", "Harbor Times", 2), v("11", "Valley Dispatch", 2), v("12", "Meridian Wire", 2));
        assertThat(facets.categories()).containsExactly(
                v("Business", 2), v("Weather", 2), v("Europe", 1), v("Northern Ireland", 1), v("Politics", 1));
        assertThat(facets.tags()).containsExactly(
                v("Unions", 2), v("Belfast", 1), v("Climate", 1), v("Council", 1), v("Port", 1), v("Zürich", 1));
        assertThat(facets.languages()).containsExactly(v("en", "English", 5), v("de", "German", 1));
        assertThat(facets.dates()).containsExactly(v("PAST_DAY", "Past 24 hours", 2), v("PAST_WEEK", "Past week", 3),
                v("PAST_MONTH", "Past month", 4), v("OLDER", "Older", 2));
    }

    @Test
    void addsUpTheCountsOfSeveralIndexSegments() {
        // A second commit writes a second segment, whose label ordinals differ from the first one's.
        index.index(TestArticle.of(7, NewsCorpus.VALLEY).title("Dock strike spreads").body("The strike spreads.")
                .categories("Business").tags("Unions", "Docks").published("2026-11-20T09:00:00Z").build(),
                "Valley Dispatch");
        index.commit();

        Facets facets = index.search(SearchQuery.of("strike")).facets();

        assertThat(facets.sources()).containsExactly(v("11", "Valley Dispatch", 2), v("10", "Harbor Times", 1));
        assertThat(facets.categories()).containsExactly(v("Business", 3), v("Northern Ireland", 1));
        assertThat(facets.tags()).containsExactly(v("Unions", 3), v("Belfast", 1), v("Docks", 1), v("Port", 1));
        assertThat(facets.dates()).extracting(FacetValue::count).containsExactly(2L, 2L, 3L, 0L);
    }

    @Test
    void countsOnlyTheHitsOfAQuery() {
        Facets facets = index.search(SearchQuery.of("strike")).facets();

        assertThat(facets.sources()).containsExactly(v("10", "Harbor Times", 1), v("11", "Valley Dispatch", 1));
        assertThat(facets.categories()).containsExactly(v("Business", 2), v("Northern Ireland", 1));
        assertThat(facets.tags()).containsExactly(v("Unions", 2), v("Belfast", 1), v("Port", 1));
        assertThat(facets.languages()).containsExactly(v("en", "English", 2));
        assertThat(facets.dates()).extracting(FacetValue::count).containsExactly(1L, 1L, 2L, 0L);
    }

    @Test
    void countsANarrowedFieldAsIfItWereNotNarrowedSoOtherValuesCanBeChosen() {
        SearchHits hits = index.search(SearchQuery.of("category:weather"));

        assertThat(hits.total()).isEqualTo(2);
        assertThat(hits.facets().categories()).containsExactly(
                v("Business", 2), v("Weather", 2), v("Europe", 1), v("Northern Ireland", 1), v("Politics", 1));
        assertThat(hits.facets().sources()).containsExactly(v("12", "Meridian Wire", 2));
    }

    @Test
    void countsTickedSourcesAndDatesSideways() {
        SearchQuery query = SearchQuery.of("").withFilters(SearchFilters.none()
                .withSourceIds(List.of(NewsCorpus.HARBOR)).withDate(DateBucket.PAST_DAY));

        SearchHits hits = index.search(query);

        assertThat(hits.hits()).extracting(SearchHit::articleId).containsExactly(1L);
        assertThat(hits.facets().sources()).containsExactly(v("10", "Harbor Times", 1), v("12", "Meridian Wire", 1));
        assertThat(hits.facets().dates()).extracting(FacetValue::count).containsExactly(1L, 2L, 2L, 0L);
        assertThat(hits.facets().tags()).containsExactly(v("Port", 1), v("Unions", 1));
    }

    @Test
    void keepsExcludedValuesOutOfTheCounts() {
        Facets facets = index.search(SearchQuery.of("-category:weather -category:business")).facets();

        assertThat(facets.categories()).containsExactly(v("Europe", 1), v("Politics", 1));
    }

    @Test
    void countsTheWholeIndexForListings() {
        Facets facets = index.facets(2);

        assertThat(facets.categories()).containsExactly(v("Business", 2), v("Weather", 2));
        assertThat(facets.tags()).containsExactly(v("Unions", 2), v("Belfast", 1));
        assertThat(facets.sources()).hasSize(2);
        assertThat(facets.dates()).extracting(FacetValue::count).containsExactly(2L, 3L, 4L, 2L);
    }

    @Test
    void countsNothingInAnEmptyIndex(@TempDir Path empty) {
        try (LuceneSearchIndex fresh = new LuceneSearchIndex(empty)) {
            assertThat(fresh.facets(10)).isEqualTo(new Facets(List.of(), List.of(), List.of(), List.of(), List.of(
                    v("PAST_DAY", "Past 24 hours", 0), v("PAST_WEEK", "Past week", 0),
                    v("PAST_MONTH", "Past month", 0), v("OLDER", "Older", 0))));
            assertThat(fresh.search(SearchQuery.of("anything")).total()).isZero();
        }
    }
}
