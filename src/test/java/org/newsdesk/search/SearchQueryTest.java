package org.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void startsWithTheFirstTwentyHitsByRelevanceForEveryWord() {
        assertThat(SearchQuery.of("strike")).isEqualTo(
                new SearchQuery("strike", SearchFilters.none(), SortOrder.RELEVANCE, MatchMode.ALL, 0, 20));
    }

    @Test
    void refusesNegativeOffsetsAndLimitsOutsideOneToAThousand() {
        assertThatThrownBy(() -> new SearchQuery("", -1, 20)).hasMessage("offset must not be negative, was -1");
        assertThatThrownBy(() -> new SearchQuery("", 0, 0)).hasMessage("limit must be 1 to 1000, was 0");
        assertThatThrownBy(() -> new SearchQuery("", 0, 1001)).hasMessage("limit must be 1 to 1000, was 1001");
    }

    @Test
    void keepsEachTickedValueOnceAndDropsBlankOnes() {
        SearchFilters filters = new SearchFilters(List.of(3L, 3L, 4L), List.of("Politics", " ", "Politics"),
                List.of(" tag "), List.of(), null);

        assertThat(filters.sourceIds()).containsExactly(3L, 4L);
        assertThat(filters.categories()).containsExactly("Politics");
        assertThat(filters.tags()).containsExactly("tag");
        assertThat(filters.constrains(FacetField.SOURCE)).isTrue();
        assertThat(filters.constrains(FacetField.LANGUAGE)).isFalse();
        assertThat(SearchFilters.none().isEmpty()).isTrue();
    }

    @Test
    void refusesFiltersWithoutAValueOrOnDates() {
        assertThatThrownBy(() -> new FieldFilter(FacetField.TAG, " ", false)).hasMessage("a tag: filter needs a value");
        assertThatThrownBy(() -> new FieldFilter(FacetField.DATE, "2026", false))
                .hasMessage("dates are filtered with after: and before:");
    }
}
