package org.newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchPageTest {

    private static Pages.SearchPage page(long total, boolean exact) {
        return new Pages.SearchPage("harbour", "relevance", total, exact, List.of(), List.of(), List.of(), null, null,
                1, 20, List.of(), "harbour");
    }

    @Test
    void wordsAnEstimatedTotalAsAbout() {
        assertThat(page(12_000, false).totalText()).isEqualTo("about 12,000");
    }

    @Test
    void givesAnExactTotalAsItIs() {
        assertThat(page(7, true).totalText()).isEqualTo("7");
        assertThat(page(1_234, true).totalText()).isEqualTo("1,234");
    }
}
