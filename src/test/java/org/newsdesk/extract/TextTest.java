package org.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void collapsesEveryRunOfWhiteSpaceToOneSpaceAndStripsBothEnds() {
        assertThat(Text.normalize(" \u00a0 Council\n\tvotes  on\u200b\u3000budget \u2003"))
                .isEqualTo("Council votes on budget");
    }

    @Test
    void givesBackTextThatNeedsNoChangeAndEmptyForBlankText() {
        assertThat(Text.normalize("Council votes on budget")).isEqualTo("Council votes on budget");
        assertThat(Text.normalize("  Council votes")).isEqualTo("Council votes");
        assertThat(Text.normalize(" \n\u00a0")).isEmpty();
        assertThat(Text.normalize(null)).isEmpty();
    }
}
