package org.newsdesk.understand;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

/**
 * all-MiniLM-L6-v2 (quantized, 384 dimensions) sentence embeddings, computed offline from the model inside the
 * langchain4j model jar. Vectors are L2-normalised mean-pooled token states, so their dot product is their cosine
 * similarity. Texts are run in true batches (one ONNX call for many texts of similar length), which is what makes
 * embedding every article affordable; the quantized model scales its activations per call, so a text's vector in a
 * batch differs slightly from its vector alone (cosine ≈ 0.98–0.99), and the same batch always gives the same vectors. Thread-safe; load it once (≈ 1 s): the session and tokenizer are shared.
 */
public final class SentenceEmbedder {

    public static final int DIMENSIONS = 384;
    /** The most word pieces of one text the model reads, as langchain4j reads them. */
    public static final int MAX_TOKENS = 256;

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    /** Small batches keep the model's activations in the cache: 8 leads a call beat 32 by about a tenth. */
    private static final int BATCH = 8;
    private static final long SEP = 102;
    /** The native start-up of onnxruntime and the tokenizer overflows a 1–2 MB thread stack (a JVM crash). */
    private static final long LOADER_STACK_BYTES = 32L << 20;

    private record Loaded(OrtSession session, HuggingFaceTokenizer tokenizer) {
    }

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;

    /** A model run on one thread a call: callers embed several articles at once to use more cores. */
    public SentenceEmbedder() {
        this(1);
    }

    public SentenceEmbedder(int threadsPerCall) {
        if (threadsPerCall < 1) throw new IllegalArgumentException("threadsPerCall must be at least 1, was " + threadsPerCall);
        // The tokenizer library reports its use to its vendor unless told not to: Newsdesk makes no such calls.
        if (System.getProperty("OPT_OUT_TRACKING") == null) System.setProperty("OPT_OUT_TRACKING", "true");
        this.environment = OrtEnvironment.getEnvironment();
        Loaded loaded = onLargeStack(() -> new Loaded(session(environment, threadsPerCall), tokenizer()));
        this.session = loaded.session();
        this.tokenizer = loaded.tokenizer();
    }

    /** The embedding of one text (the model reads its first {@value #MAX_TOKENS} word pieces). */
    public float[] embed(String text) {
        return embedAll(List.of(text)).getFirst();
    }

    public List<float[]> embedAll(List<String> texts) {
        return embedAll(texts, MAX_TOKENS);
    }

    /**
     * The embeddings of many texts, each cut to its first {@code maxTokens} word pieces: the cost of a text grows
     * with its length, and a sentence's opening carries most of its meaning.
     */
    public List<float[]> embedAll(List<String> texts, int maxTokens) {
        if (maxTokens < 3 || maxTokens > MAX_TOKENS) {
            throw new IllegalArgumentException("maxTokens must be between 3 and " + MAX_TOKENS + ", was " + maxTokens);
        }
        if (texts.isEmpty()) return List.of();
        long[][] ids = new long[texts.size()][];
        for (int i = 0; i < ids.length; i++) ids[i] = truncated(tokenizer.encode(opening(texts.get(i), maxTokens)), maxTokens);
        // similar lengths together, so a batch pads little
        Integer[] order = IntStream.range(0, ids.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingInt(i -> ids[i].length));
        float[][] out = new float[ids.length][];
        for (int from = 0; from < order.length; from += BATCH) {
            int[] batch = Arrays.stream(order, from, Math.min(order.length, from + BATCH)).mapToInt(Integer::intValue).toArray();
            float[][] vectors = run(batch, ids);
            for (int k = 0; k < batch.length; k++) out[batch[k]] = vectors[k];
        }
        return Arrays.asList(out);
    }

    public static float cosine(float[] a, float[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("vectors differ in length: " + a.length + " and " + b.length);
        float dot = 0;
        for (int i = 0; i < a.length; i++) dot += a[i] * b[i];
        return dot;
    }

    /** The unit-length mean of some vectors: the embedding of what they say together. Empty for none. */
    public static float[] centroid(List<float[]> vectors) {
        if (vectors.isEmpty()) return new float[0];
        float[] sum = new float[vectors.getFirst().length];
        for (float[] v : vectors) {
            for (int i = 0; i < sum.length; i++) sum[i] += v[i];
        }
        return normalised(sum);
    }

    private float[][] run(int[] batch, long[][] ids) {
        int length = 0;
        for (int i : batch) length = Math.max(length, ids[i].length);
        long[] tokens = new long[batch.length * length];
        long[] mask = new long[tokens.length];
        for (int k = 0; k < batch.length; k++) {
            long[] t = ids[batch[k]];
            System.arraycopy(t, 0, tokens, k * length, t.length);
            Arrays.fill(mask, k * length, k * length + t.length, 1L);
        }
        long[] shape = {batch.length, length};
        try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, LongBuffer.wrap(tokens), shape);
             OnnxTensor attention = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
             OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[tokens.length]), shape);
             OrtSession.Result result = session.run(Map.of("input_ids", inputIds, "attention_mask", attention,
                     "token_type_ids", types))) {
            // read the token states straight from the native buffer: copying them into nested arrays costs more
            FloatBuffer states = ((OnnxTensor) result.get(0)).getFloatBuffer();
            float[][] vectors = new float[batch.length][];
            for (int k = 0; k < batch.length; k++) vectors[k] = meanPooled(states, k * length, ids[batch[k]].length);
            return vectors;
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model failed: " + e.getMessage(), e);
        }
    }

    private static float[] meanPooled(FloatBuffer states, int firstToken, int tokens) {
        float[] sum = new float[DIMENSIONS];
        float[] row = new float[DIMENSIONS];
        for (int t = 0; t < tokens; t++) {
            states.get((firstToken + t) * DIMENSIONS, row);
            for (int i = 0; i < DIMENSIONS; i++) sum[i] += row[i];
        }
        return normalised(sum);
    }

    /**
     * The part of a text its first {@code maxTokens} word pieces can come from (a word piece spans at most a word,
     * and words here average under seven characters): tokenizing the rest would be wasted.
     */
    static String opening(String text, int maxTokens) {
        int chars = maxTokens * 12;
        if (text.length() <= chars) return text;
        int space = text.indexOf(' ', chars);
        return space < 0 ? text : text.substring(0, space);
    }

    private static long[] truncated(Encoding encoding, int maxTokens) {
        long[] ids = encoding.getIds();
        if (ids.length <= maxTokens) return ids;
        long[] cut = Arrays.copyOf(ids, maxTokens);
        cut[maxTokens - 1] = SEP;
        return cut;
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

    private static OrtSession session(OrtEnvironment environment, int threads) {
        try (InputStream in = resource(MODEL); OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            return environment.createSession(in.readAllBytes(), options);
        } catch (IOException | OrtException e) {
            throw new IllegalStateException("cannot load the embedding model: " + e.getMessage(), e);
        }
    }

    private static HuggingFaceTokenizer tokenizer() {
        try (InputStream in = resource(TOKENIZER)) {
            return HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false", "truncation", "true",
                    "maxLength", String.valueOf(MAX_TOKENS)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot load the embedding tokenizer: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = SentenceEmbedder.class.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("the embedding model " + name + " is not on the class path");
        return in;
    }

    private static <T> T onLargeStack(java.util.function.Supplier<T> load) {
        AtomicReference<T> value = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread loader = new Thread(null, () -> {
            try {
                value.set(load.get());
            } catch (RuntimeException e) {
                failure.set(e);
            }
        }, "embedding-model-loader", LOADER_STACK_BYTES);
        loader.start();
        try {
            loader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the embedding model", e);
        }
        if (failure.get() != null) throw failure.get();
        return value.get();
    }
}
