package org.newsdesk.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void foldsCaseDiacriticsPossessivesAndThe() {
        assertThat(Names.fold("São Paulo’s")).isEqualTo("sao paulo");
        assertThat(Names.fold("The  Hague")).isEqualTo("hague");
        assertThat(Names.fold("Teachers'")).isEqualTo("teachers");
    }

    @Test
    void makesHashtagSlugs() {
        assertThat(Names.slug("São Paulo's")).isEqualTo("sao-paulo");
        assertThat(Names.slug("the U.S. Senate")).isEqualTo("us-senate");
        assertThat(Names.slug("Hartwell & Sons")).isEqualTo("hartwell-sons");
    }
}
