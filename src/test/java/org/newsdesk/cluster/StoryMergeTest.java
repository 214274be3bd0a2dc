package org.newsdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Merges, on articles whose similarity is set exactly: the stories are compared on made-up embeddings alone
 * (the shared headline word only lets the index find them).
 */
class StoryMergeTest {

    /** Embeddings only, average linkage: join at 0.5, merge stories at 0.45. */
    private static final ClusterSettings SETTINGS = ClusterSettings.defaults()
            .with(new ClusterSettings.Similarity(0, 0, 0, 1, 0, 0, 1, 1, Duration.ofDays(1), Duration.ofDays(3), 1))
            .with(new ClusterSettings.Decisions(0.5, 0.45, 1));

    private static final float[] FIRST = {1, 0, 0};
    /** 0.4 from the first: too far to join its story, close enough to be the same event once more is known. */
    private static final float[] SECOND = {0.4f, 0.9165f, 0};
    /** 0.8 from the first and 0.55 from the second. */
    private static final float[] BRIDGE = {0.8f, 0.2510f, 0.5449f};

    /** 0.8 from the first and 0.7 from the second. */
    private static final float[] NEAR_BOTH = {0.8f, 0.41462f, 0.43369f};

    private static ClusterDoc report(String id, float[] embedding) {
        return ClusterDoc.of(id, "Harbour fire", "", null).withEmbedding(embedding);
    }

    @Test
    void mergesTwoStoriesAnArticleShowsToBeOneEvent() {
        StoryClusterer clusterer = new StoryClusterer(SETTINGS);
        Assignment first = clusterer.add(report("a", FIRST));
        Assignment second = clusterer.add(report("b", SECOND));
        Assignment bridge = clusterer.add(report("c", BRIDGE));

        assertThat(second.storyId()).isEqualTo("b").isNotEqualTo(first.storyId());
        assertThat(bridge.storyId()).isEqualTo("a");
        assertThat(bridge.mergedStoryIds()).containsExactly("b");
        assertThat(clusterer.openStories()).isEqualTo(1);
    }

    @Test
    void takesInAStoryOfOneArticleAtTheJoinThreshold() {
        // merge threshold 0.6 above the join threshold 0.5; the two stories end up 0.55 alike
        StoryClusterer clusterer = new StoryClusterer(SETTINGS.with(new ClusterSettings.Decisions(0.5, 0.6, 1)));
        clusterer.add(report("a", FIRST));
        Assignment second = clusterer.add(report("b", SECOND));
        Assignment near = clusterer.add(report("c", NEAR_BOTH));

        assertThat(second.storyId()).isEqualTo("b");
        assertThat(near.storyId()).isEqualTo("a");
        assertThat(near.mergedStoryIds()).containsExactly("b");
    }

    @Test
    void joinsAnArticlePublishedWhileTheStoryRunsOnWeakerLikeness() {
        // 0.4 alike: below the join threshold 0.5, above it with the boost of 1.3 for one moment
        ClusterSettings boosted = SETTINGS.with(new ClusterSettings.Similarity(0, 0, 0, 1, 0, 0, 1, 1,
                Duration.ofDays(2), Duration.ofDays(3), 1.3));
        Instant noon = Instant.parse("2026-11-20T12:00:00Z");

        assertThat(storiesOf(boosted, noon, noon.plus(Duration.ofHours(6)))).containsExactly("a", "a");
        assertThat(storiesOf(boosted, noon, noon.plus(Duration.ofDays(10)))).containsExactly("a", "b");
        assertThat(storiesOf(boosted, null, null)).containsExactly("a", "b");
        assertThat(storiesOf(SETTINGS, noon, noon.plus(Duration.ofHours(6)))).containsExactly("a", "b");
    }

    private static List<String> storiesOf(ClusterSettings settings, @org.jspecify.annotations.Nullable Instant first,
            @org.jspecify.annotations.Nullable Instant second) {
        StoryClusterer clusterer = new StoryClusterer(settings);
        return List.of(clusterer.add(ClusterDoc.of("a", "Harbour fire", "", first).withEmbedding(FIRST)).storyId(),
                clusterer.add(ClusterDoc.of("b", "Harbour fire", "", second).withEmbedding(SECOND)).storyId());
    }

    @Test
    void neverMergesAStoryAnAdminPlacedAnArticleIn() {
        StoryClusterer clusterer = new StoryClusterer(SETTINGS);
        clusterer.add(report("a", FIRST));
        clusterer.add(report("b", SECOND));
        clusterer.pin("b", "b");
        Assignment bridge = clusterer.add(report("c", BRIDGE));

        assertThat(bridge.storyId()).isEqualTo("a");
        assertThat(bridge.mergedStoryIds()).isEmpty();
        assertThat(clusterer.openStories()).isEqualTo(2);
    }

    @Test
    void theLedgerFollowsMergesAndRecreditedOriginals() {
        StoryLedger ledger = new StoryLedger();
        ledger.record(new Assignment("a", "a", null, null, List.of()));
        ledger.record(new Assignment("b", "a", "a", null, List.of()));
        ledger.record(new Assignment("c", "c", null, "a", List.of()));
        ledger.record(new Assignment("d", "c", null, null, List.of("a")));

        assertThat(ledger.storyOf("a")).isEqualTo("c");
        assertThat(ledger.storyOf("b")).isEqualTo("c");
        assertThat(ledger.copyOf("a")).isEqualTo("c");
        assertThat(ledger.copyOf("b")).isEqualTo("c");
        assertThat(ledger.copyOf("c")).isNull();
    }
}
