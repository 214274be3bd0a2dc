package org.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassFlagsTest {

    @Test
    void readsWordsSplitOnPunctuationAndCamelCase() {
        ClassFlags flags = new ClassFlags();
        assertThat(flags.ofAttribute("shareBar")).isEqualTo(ClassFlags.NEGATIVE);
        assertThat(flags.ofAttribute("share-tools")).isEqualTo(ClassFlags.NEGATIVE);
        assertThat(flags.ofAttribute("shareholders")).isZero();
        assertThat(flags.ofAttribute("article-body")).isEqualTo(ClassFlags.POSITIVE);
        assertThat(flags.ofAttribute("readMore")).isEqualTo(ClassFlags.NEGATIVE);
        assertThat(flags.ofAttribute("editors-note")).isEqualTo(ClassFlags.NOTE);
        assertThat(flags.ofAttribute("imageCaption")).isEqualTo(ClassFlags.NEGATIVE | ClassFlags.MEDIA | ClassFlags.CAPTION);
        assertThat(flags.ofAttribute("photoCredit2")).isEqualTo(ClassFlags.MEDIA | ClassFlags.CREDIT);
    }

    @Test
    void givesTheSameFlagsAsTheGeneralReading() {
        ClassFlags flags = new ClassFlags();
        for (String value : List.of("c-breadcrumbs__item", "URLPath related-links", "most read", "mostRead",
                "you-may-like", "byline__author", "u-screenreader-only", "embed tweet", "instagram-media",
                "datasource", "Copyright", "  ", "a", "PHOTOGRAPHER", "recirc--module", "editor_notes",
                "story-body__inner", "ad-slot", "adslot", "kicker", "sapo", "größe-teaser", "intro-ſhare")) {
            assertThat(flags.ofAttribute(value)).as(value).isEqualTo(ClassFlags.analyse(value));
            assertThat(flags.ofAttribute(value)).as(value + ", read again").isEqualTo(ClassFlags.analyse(value));
        }
    }
}
