package org.newsdesk.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class SentenceEmbedderTest {

    private static final SentenceEmbedder embedder = TestModels.embedder();

    @Test
    void placesSentencesAboutOneEventCloserThanUnrelatedOnes() {
        float[] quake = embedder.embed("A strong earthquake killed 14 people in the highlands.");
        float[] tremor = embedder.embed("At least fourteen dead after a powerful quake struck the mountains.");
        float[] budget = embedder.embed("The city council approved next year's budget on Tuesday.");

        assertThat(quake).hasSize(SentenceEmbedder.DIMENSIONS);
        assertThat(SentenceEmbedder.cosine(quake, quake)).isCloseTo(1f, Offset.offset(1e-4f));
        assertThat(SentenceEmbedder.cosine(quake, tremor)).isGreaterThan(SentenceEmbedder.cosine(quake, budget) + 0.3f);
    }

    @Test
    void embedsInBatchesNearlyAsOneByOne() {
        // the quantized model scales its activations per call, so a batch shifts each vector a little
        List<float[]> batch = embedder.embedAll(List.of("One sentence.", "Another, much longer sentence with padding to spare."));
        assertThat(SentenceEmbedder.cosine(batch.get(0), embedder.embed("One sentence."))).isGreaterThan(0.97f);
        assertThat(SentenceEmbedder.cosine(batch.get(1),
                embedder.embed("Another, much longer sentence with padding to spare."))).isGreaterThan(0.97f);
    }

    @Test
    void givesTheSameVectorsForTheSameBatch() {
        List<String> texts = List.of("Rates rose.", "The storm hit the coast on Monday night.");
        assertThat(embedder.embedAll(texts).get(1)).containsExactly(embedder.embedAll(texts).get(1));
    }

    @Test
    void givesTheSameVectorsAsTheLangchain4jModel() {
        var reference = new AllMiniLmL6V2QuantizedEmbeddingModel();
        String text = "The central bank held interest rates steady at 4.5 percent, citing persistent inflation.";
        float[] theirs = reference.embed(text).content().vector();
        assertThat(SentenceEmbedder.cosine(embedder.embed(text), unit(theirs))).isGreaterThan(0.9999f);
    }

    @Test
    void readsOnlyTheFirstWordPiecesWhenToldTo() {
        String longer = "Fuel prices rose sharply this week after the refinery fire in the north of the country.";
        float[] cut = embedder.embedAll(List.of(longer), 6).getFirst();
        float[] opening = embedder.embed("Fuel prices rose sharply");
        assertThat(SentenceEmbedder.cosine(cut, opening)).isGreaterThan(0.999f);
        assertThatThrownBy(() -> embedder.embedAll(List.of(longer), 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void averagesVectorsIntoAUnitCentroid() {
        float[] a = {1, 0};
        float[] b = {0, 1};
        assertThat(SentenceEmbedder.centroid(List.of(a, b))).containsExactly(new float[] {0.70710677f, 0.70710677f},
                Offset.offset(1e-6f));
        assertThat(SentenceEmbedder.centroid(List.of())).isEmpty();
    }

    private static float[] unit(float[] v) {
        return SentenceEmbedder.centroid(List.of(v));
    }
}
