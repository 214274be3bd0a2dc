package org.newsdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleFilterTest {

    @Test
    void keysLabelsWithoutCaseOrSeparators() {
        assertThat(ArticleFilter.key("Port strike")).isEqualTo("port strike");
        assertThat(ArticleFilter.key("port-strike")).isEqualTo("port strike");
        assertThat(ArticleFilter.key("PORT_STRIKE")).isEqualTo("port strike");
        assertThat(ArticleFilter.key("  Rosa \t Delgado\n")).isEqualTo("rosa delgado");
        assertThat(ArticleFilter.key("a--b__c  d")).isEqualTo("a b c d");
        assertThat(ArticleFilter.key("x_-_y")).isEqualTo("x y");
    }

    @Test
    void keysLettersBeyondAsciiAsTheyLowerCase() {
        assertThat(ArticleFilter.key("İstanbul")).isEqualTo("i\u0307stanbul");
        assertThat(ArticleFilter.key("Łódź")).isEqualTo("łódź");
        assertThat(ArticleFilter.key("Les Échos")).isEqualTo("les échos");
    }

    @Test
    void keysEmptyAndSeparatorOnlyLabels() {
        assertThat(ArticleFilter.key("")).isEqualTo("");
        assertThat(ArticleFilter.key("-")).isEqualTo(" ");
    }
}
