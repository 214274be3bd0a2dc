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

    @Test
    void groupsDigitsAsTheEnglishFormatDoes() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (long n : new long[] {0, 9, 99, 999, 1_000, 99_999, 100_000, 1_000_000, -1_234, Long.MAX_VALUE, Long.MIN_VALUE + 1}) {
            assertThat(Pages.SearchPage.grouped(n)).isEqualTo(String.format(java.util.Locale.ENGLISH, "%,d", n));
        }
        for (int i = 0; i < 10_000; i++) {
            long n = random.nextLong(0, 10_000_000_000L);
            assertThat(Pages.SearchPage.grouped(n)).isEqualTo(String.format(java.util.Locale.ENGLISH, "%,d", n));
        }
    }
}
