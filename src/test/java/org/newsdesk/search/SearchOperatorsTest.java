package org.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchOperatorsTest {

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

    private List<Long> ids(String text) {
        return ids(SearchQuery.of(text).withSort(SortOrder.NEWEST));
    }

    private List<Long> ids(SearchQuery query) {
        return index.search(query).hits().stream().map(SearchHit::articleId).toList();
    }

    @Test
    void matchesWordsByTheirStems() {
        assertThat(ids("strike")).containsExactly(1L, 3L);
        assertThat(ids("strikes workers")).containsExactly(1L, 3L);
    }

    @Test
    void ignoresCaseAndAccents() {
        assertThat(ids("zurich cafe")).containsExactly(4L);
        assertThat(ids("ZÜRICH")).containsExactly(4L);
        assertThat(ids("Café")).containsExactly(4L);
    }

    @Test
    void matchesQuotedPhrasesWordForWordWithoutStemming() {
        assertThat(ids("\"dock workers\"")).containsExactly(1L);
        assertThat(ids("\"dock worker\"")).isEmpty();
        assertThat(ids("\"end the strike\"")).containsExactly(1L);
        assertThat(ids("\"strike ends\"")).containsExactly(1L);
        assertThat(ids("\"striking\"")).containsExactly(3L);
    }

    @Test
    void excludesWordsAndPhrasesAfterAMinus() {
        assertThat(ids("heat -rain")).containsExactly(5L);
        assertThat(ids("heat -\"then rain\"")).containsExactly(5L);
        assertThat(ids("-strike -heat -cafe")).containsExactly(2L);
    }

    @Test
    void searchesBylinesAndSourceTitles() {
        assertThat(ids("briain")).containsExactly(3L);
        assertThat(ids("sean")).containsExactly(3L);
        assertThat(ids("meridian")).containsExactly(5L, 6L);
    }

    @Test
    void narrowsBySourceWords() {
        assertThat(ids("source:harbor")).containsExactly(1L, 2L);
        assertThat(ids("strike source:\"valley dispatch\"")).containsExactly(3L);
        assertThat(ids("strike -source:Harbor")).containsExactly(3L);
        assertThat(ids("source:harbor source:meridian")).containsExactly(1L, 5L, 2L, 6L);
    }

    @Test
    void narrowsByCategoryWhateverItsCase() {
        assertThat(ids("category:\"northern ireland\"")).containsExactly(3L);
        assertThat(ids("category:\"Northern Ireland\"")).containsExactly(3L);
        assertThat(ids("category:BUSINESS")).containsExactly(1L, 3L);
        assertThat(ids("category:weather -tag:climate")).containsExactly(6L);
        assertThat(ids("category:northern")).isEmpty();
    }

    @Test
    void narrowsByTagWithoutAccents() {
        assertThat(ids("tag:unions")).containsExactly(1L, 3L);
        assertThat(ids("tag:zurich")).containsExactly(4L);
        assertThat(ids("strike -tag:port")).containsExactly(3L);
    }

    @Test
    void narrowsByLanguageByItsPrimarySubtag() {
        assertThat(ids("lang:de")).containsExactly(4L);
        assertThat(ids("lang:EN-gb strike")).containsExactly(1L, 3L);
    }

    @Test
    void narrowsByDaysFromAfterInclusiveToBeforeExclusive() {
        assertThat(ids("after:2026-11-18")).containsExactly(1L, 5L, 2L);
        assertThat(ids("before:2026-11-18")).containsExactly(3L, 6L, 4L);
        assertThat(ids("after:2026-11-18 before:2026-11-19")).containsExactly(2L);
        assertThat(ids("after:2026-11-19 before:2026-11-18")).isEmpty();
    }

    @Test
    void narrowsByTickedFacetsOnTopOfTheText() {
        SearchQuery strike = SearchQuery.of("strike").withSort(SortOrder.NEWEST);

        assertThat(ids(strike.withFilters(SearchFilters.none().withSourceIds(List.of(NewsCorpus.VALLEY))))).containsExactly(3L);
        assertThat(ids(strike.withText("").withFilters(SearchFilters.none().withCategories(List.of("business"))
                .withSourceIds(List.of(NewsCorpus.HARBOR))))).containsExactly(1L);
        assertThat(ids(strike.withText("").withFilters(SearchFilters.none().withDate(DateBucket.PAST_DAY)))).containsExactly(1L, 5L);
        assertThat(ids(strike.withText("").withFilters(SearchFilters.none().withDate(DateBucket.OLDER)))).containsExactly(6L, 4L);
        assertThat(ids(strike.withText("").withFilters(SearchFilters.none().withTags(List.of("Belfast", "Climate"))
                .withLanguages(List.of("en"))))).containsExactly(5L, 3L);
    }

    @Test
    void matchesAnyWordWhenAsked() {
        assertThat(ids(SearchQuery.of("drought budget").withSort(SortOrder.NEWEST))).isEmpty();
        assertThat(ids(SearchQuery.of("drought budget").withSort(SortOrder.NEWEST).withMatch(MatchMode.ANY)))
                .containsExactly(5L, 2L);
    }

    @Test
    void reportsHowTheTextWasUnderstood() {
        SearchHits hits = index.search(SearchQuery.of("strike tag:unions before:someday"));

        assertThat(hits.parsed().words()).containsExactly("strike");
        assertThat(hits.parsed().filters()).containsExactly(new FieldFilter(FacetField.TAG, "unions", false));
        assertThat(hits.parsed().warnings()).containsExactly("before: wants a date like 2026-11-20, not \"someday\"");
    }

    @Test
    void countsWithoutFetching() {
        assertThat(index.count(SearchQuery.of("category:business"))).isEqualTo(2);
        assertThat(index.count(SearchQuery.of(""))).isEqualTo(6);
    }
}
