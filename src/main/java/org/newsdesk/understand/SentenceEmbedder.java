package org.newsdesk.understand;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (quantized, 384 dimensions) sentence embeddings, computed offline from the model inside its jar.
 * Vectors are L2-normalised, so their dot product is their cosine similarity. Thread-safe; load it once (≈ 1 s).
 */
public final class SentenceEmbedder {

    public static final int DIMENSIONS = 384;

    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    /** The embedding of one text (the model reads its first 256 word pieces or so). */
    public float[] embed(String text) {
        return normalised(model.embed(text).content().vector());
    }

    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (var embedding : model.embedAll(segments).content()) vectors.add(normalised(embedding.vector()));
        return vectors;
    }

    public static float cosine(float[] a, float[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("vectors differ in length: " + a.length + " and " + b.length);
        float dot = 0;
        for (int i = 0; i < a.length; i++) dot += a[i] * b[i];
        return dot;
    }

    private static float[] normalised(float[] v) {
        double norm = 0;
        for (float x : v) norm += x * x;
        norm = Math.sqrt(norm);
        if (norm == 0) return v;
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (float) (v[i] / norm);
        return out;
    }
}
