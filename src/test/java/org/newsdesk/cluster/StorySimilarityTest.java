package org.newsdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The dates a text mentions stand in for publication times, and only for them. */
class StorySimilarityTest {

    private static final ClusterSettings SETTINGS = ClusterSettings.defaults();
    private static final Instant NOON = Instant.parse("2026-11-21T12:00:00Z");

    @Test
    void comparesTheDatesTextsMentionWhenArticlesHaveNoTimes() {
        assertThat(datesLikeness(null, null)).isEqualTo(0.0);
    }

    @Test
    void leavesTheDatesTextsMentionOutWhenBothSidesHaveTimes() {
        assertThat(datesLikeness(NOON, NOON.plusSeconds(3600))).isNaN();
    }

    /** A report of a bridge collapse, then a follow-up whose only dates are background years. */
    private static double datesLikeness(@Nullable Instant first, @Nullable Instant second) {
        TermStatistics statistics = new TermStatistics(SETTINGS.limits().termTableBits());
        ClusterDoc report = ClusterDoc.of("a", "Millrace Bridge collapses", "The Millrace Bridge, built in 1931, fell "
                + "into the Tolland River.", first);
        ClusterDoc followUp = ClusterDoc.of("b", "What the county knew", "Inspections in 2019 and 2021 flagged the "
                + "Millrace Bridge.", second);
        Story story = new Story("a", 0);
        story.add(vectors(statistics, report), SETTINGS.limits().centroidTerms(), 0);
        return new StorySimilarity(SETTINGS).features(vectors(statistics, followUp), story)[5];
    }

    private static DocVectors vectors(TermStatistics statistics, ClusterDoc doc) {
        return statistics.observe(DocTerms.of(doc, SETTINGS.copies().shingleWords()), doc,
                SETTINGS.similarity().namesIdfPower());
    }
}
