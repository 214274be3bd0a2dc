package org.newsdesk.cluster;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Benchmark tool: what the embedding of article leads costs on one thread under different batchings, token caps and
 * onnxruntime options, beside the vectors it gives. Usage: {@code EmbedSpeed DOCS_JSONL [LIMIT]}; options by system
 * properties (see {@link #main}). Not the product's embedder: a copy of its steps with the knobs exposed.
 */
public final class EmbedSpeed {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private EmbedSpeed() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("OPT_OUT_TRACKING", "true");
        List<ClusterDoc> docs = Corpus.docs(Path.of(args[0]));
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : docs.size();
        List<String> leads = docs.subList(0, Math.min(limit, docs.size())).stream().map(Corpus::lead).toList();
        HuggingFaceTokenizer tokenizer;
        try (InputStream in = EmbedSpeed.class.getResourceAsStream("/all-minilm-l6-v2-q-tokenizer.json")) {
            tokenizer = HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false", "truncation", "true", "maxLength", "256"));
        }
        long t0 = THREADS.getCurrentThreadCpuTime();
        long[][] ids = new long[leads.size()][];
        for (int i = 0; i < ids.length; i++) ids[i] = tokenizer.encode(leads.get(i)).getIds();
        long t1 = THREADS.getCurrentThreadCpuTime();
        t0 = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < ids.length; i++) ids[i] = tokenizer.encode(leads.get(i)).getIds();
        t1 = THREADS.getCurrentThreadCpuTime();
        int[] lengths = Arrays.stream(ids).mapToInt(a -> a.length).sorted().toArray();
        System.out.printf("%d leads; tokens min %d median %d p90 %d max %d mean %.1f; tokenizer %.3f ms a lead%n",
                ids.length, lengths[0], lengths[lengths.length / 2], lengths[lengths.length * 9 / 10],
                lengths[lengths.length - 1], Arrays.stream(lengths).average().orElse(0), (t1 - t0) / 1e6 / ids.length);

        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtSession session;
        try (InputStream in = EmbedSpeed.class.getResourceAsStream("/all-minilm-l6-v2-q.onnx");
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.valueOf(System.getProperty("opt", "ALL_OPT")));
            if (Boolean.getBoolean("noSpin")) {
                options.addConfigEntry("session.intra_op.allow_spinning", "0");
                options.addConfigEntry("session.inter_op.allow_spinning", "0");
            }
            String disabled = System.getProperty("disableOptimizers");
            if (disabled != null) options.addConfigEntry("optimization.disable_specified_optimizers", disabled);
            if (Boolean.getBoolean("daz")) options.addConfigEntry("session.set_denormal_as_zero", "1");
            if (Boolean.getBoolean("noPattern")) options.setMemoryPatternOptimization(false);
            if (Boolean.getBoolean("noArena")) options.setCPUArenaAllocator(false);
            if (Boolean.getBoolean("sequential")) options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            String profile = System.getProperty("profile");
            if (profile != null) options.enableProfiling(profile);
            String saveTo = System.getProperty("saveOptimized");
            if (saveTo != null) options.setOptimizedModelFilePath(saveTo);
            session = env.createSession(in.readAllBytes(), options);
        }
        int[] caps = Arrays.stream(System.getProperty("caps", "256").split(",")).mapToInt(Integer::parseInt).toArray();
        String[] plans = System.getProperty("plans", "32x8").split(",");
        int rounds = Integer.getInteger("rounds", 2);
        float[][] reference = null;
        for (int round = 0; round < rounds; round++) {
            for (int cap : caps) {
                long[][] capped = Arrays.stream(ids).map(a -> cut(a, cap)).toArray(long[][]::new);
                for (String plan : plans) {
                    String[] p = plan.split("x");
                    int window = Integer.parseInt(p[0]);
                    int batch = Integer.parseInt(p[1]);
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    long wall = System.nanoTime();
                    long padded = 0;
                    float[][] out = new float[capped.length][];
                    for (int from = 0; from < capped.length; from += window) {
                        int to = Math.min(capped.length, from + window);
                        Integer[] order = IntStream.range(from, to).boxed().toArray(Integer[]::new);
                        Arrays.sort(order, Comparator.comparingInt(i -> capped[i].length));
                        for (int b = 0; b < order.length; b += batch) {
                            int[] chunk = Arrays.stream(order, b, Math.min(order.length, b + batch)).mapToInt(Integer::intValue).toArray();
                            padded += run(env, session, chunk, capped, out);
                        }
                    }
                    double cpuMs = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6 / capped.length;
                    double wallMs = (System.nanoTime() - wall) / 1e6 / capped.length;
                    if (reference == null) reference = out;
                    double minCos = 1;
                    double meanCos = 0;
                    for (int i = 0; i < out.length; i++) {
                        double c = dot(out[i], reference[i]);
                        minCos = Math.min(minCos, c);
                        meanCos += c / out.length;
                    }
                    System.out.printf("round %d cap %3d plan %-7s cpu %.3f ms wall %.3f ms a lead; %.1f token slots a lead;"
                                    + " cosine to first plan mean %.5f min %.5f%n", round, cap, plan, cpuMs, wallMs,
                            padded / (double) capped.length, meanCos, minCos);
                }
            }
        }
        if (System.getProperty("profile") != null) System.out.println("profile: " + session.endProfiling());
    }

    private static long[] cut(long[] ids, int cap) {
        if (ids.length <= cap) return ids;
        long[] c = Arrays.copyOf(ids, cap);
        c[cap - 1] = 102;
        return c;
    }

    private static long run(OrtEnvironment env, OrtSession session, int[] chunk, long[][] ids, float[][] out) throws OrtException {
        int length = 0;
        for (int i : chunk) length = Math.max(length, ids[i].length);
        long[] tokens = new long[chunk.length * length];
        long[] mask = new long[tokens.length];
        for (int k = 0; k < chunk.length; k++) {
            long[] t = ids[chunk[k]];
            System.arraycopy(t, 0, tokens, k * length, t.length);
            Arrays.fill(mask, k * length, k * length + t.length, 1L);
        }
        long[] shape = {chunk.length, length};
        try (OnnxTensor a = OnnxTensor.createTensor(env, LongBuffer.wrap(tokens), shape);
             OnnxTensor m = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
             OnnxTensor t = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[tokens.length]), shape);
             OrtSession.Result r = session.run(Map.of("input_ids", a, "attention_mask", m, "token_type_ids", t))) {
            FloatBuffer states = ((OnnxTensor) r.get(0)).getFloatBuffer();
            for (int k = 0; k < chunk.length; k++) {
                float[] sum = new float[384];
                float[] row = new float[384];
                for (int tok = 0; tok < ids[chunk[k]].length; tok++) {
                    states.get((k * length + tok) * 384, row);
                    for (int d = 0; d < 384; d++) sum[d] += row[d];
                }
                double norm = Math.sqrt(dot(sum, sum));
                for (int d = 0; d < 384; d++) sum[d] /= (float) norm;
                out[chunk[k]] = sum;
            }
        }
        return (long) chunk.length * length;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
