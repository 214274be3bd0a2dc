package org.newsdesk.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceEmbedderTest {

    private static final SentenceEmbedder embedder = new SentenceEmbedder();

    @Test
    void placesSentencesAboutOneEventCloserThanUnrelatedOnes() {
        float[] quake = embedder.embed("A strong earthquake killed 14 people in the highlands.");
        float[] tremor = embedder.embed("At least fourteen dead after a powerful quake struck the mountains.");
        float[] budget = embedder.embed("The city council approved next year's budget on Tuesday.");

        assertThat(quake).hasSize(SentenceEmbedder.DIMENSIONS);
        assertThat(SentenceEmbedder.cosine(quake, quake)).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-4f));
        assertThat(SentenceEmbedder.cosine(quake, tremor)).isGreaterThan(SentenceEmbedder.cosine(quake, budget) + 0.3f);
    }

    @Test
    void embedsInBatchesAsOneByOne() {
        var batch = embedder.embedAll(java.util.List.of("One sentence.", "Another sentence."));
        assertThat(SentenceEmbedder.cosine(batch.get(1), embedder.embed("Another sentence."))).isGreaterThan(0.999f);
    }
}
