package org.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextAnalysisTest {

    @Test
    void matchesKeywordsWhateverTheirCaseSpacingAndAccents() {
        assertThat(TextAnalysis.keyword("  Northern   IRELAND ")).isEqualTo("northern ireland");
        assertThat(TextAnalysis.keyword("Zürich")).isEqualTo("zurich");
        assertThat(TextAnalysis.keyword("Île-de-France")).isEqualTo("ile-de-france");
    }

    @Test
    void keepsTheLanguagesPrimarySubtag() {
        assertThat(TextAnalysis.language("en-GB")).isEqualTo("en");
        assertThat(TextAnalysis.language("pt_BR")).isEqualTo("pt");
        assertThat(TextAnalysis.language("DE")).isEqualTo("de");
    }
}
