package org.newsdesk.cluster;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import org.newsdesk.understand.SentenceEmbedder;

/**
 * Benchmark tool: the clusterer's cost per article along a long stream, in blocks, to show it stays flat. Usage:
 * {@code ClusterSpeed DOCS_JSONL BLOCK [embed]}: prints, for each block of articles, the CPU time and wall time per
 * article spent in {@link StoryClusterer#add}, the open stories and the heap in use; with {@code embed}, the leads
 * are embedded first as the cluster command embeds them (windows of 128, {@link ClusterDoc#EMBEDDING_TOKENS} word
 * pieces) and the embedding's CPU time per article is printed beside (the embedding runs on this thread).
 */
public final class ClusterSpeed {

    private static final int WINDOW = 128;

    private ClusterSpeed() {
    }

    public static void main(String[] args) throws IOException {
        List<ClusterDoc> docs = Corpus.docs(Path.of(args[0]));
        int block = Integer.parseInt(args[1]);
        SentenceEmbedder embedder = args.length > 2 && args[2].equals("embed") ? new SentenceEmbedder() : null;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        StoryClusterer clusterer = new StoryClusterer(ClusterSettings.defaults());
        System.out.println("articles\tcpu_ms_per_article\twall_ms_per_article\topen_stories\theap_mb\tembedding_cpu_ms_per_article");
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        long embedding = 0;
        List<ClusterDoc> window = List.of();
        for (int i = 0; i < docs.size(); i++) {
            if (embedder != null && i % WINDOW == 0) {
                long t = threads.getCurrentThreadCpuTime();
                window = docs.subList(i, Math.min(docs.size(), i + WINDOW));
                List<float[]> vectors = embedder.embedAll(window.stream().map(d -> ClusterDoc.lead(d.title(), d.text()))
                        .toList(), ClusterDoc.EMBEDDING_TOKENS);
                List<ClusterDoc> embedded = new java.util.ArrayList<>(vectors.size());
                for (int k = 0; k < vectors.size(); k++) embedded.add(docs.get(i + k).withEmbedding(vectors.get(k)));
                window = embedded;
                embedding += threads.getCurrentThreadCpuTime() - t;
            }
            clusterer.add(embedder == null ? docs.get(i) : window.get(i % WINDOW));
            if ((i + 1) % block == 0) {
                long cpuNow = threads.getCurrentThreadCpuTime();
                long wallNow = System.nanoTime();
                Runtime rt = Runtime.getRuntime();
                System.out.printf("%d\t%.3f\t%.3f\t%d\t%d\t%.3f%n", i + 1, (cpuNow - cpu - embedding) / 1e6 / block,
                        (wallNow - wall) / 1e6 / block, clusterer.openStories(),
                        (rt.totalMemory() - rt.freeMemory()) >> 20, embedding / 1e6 / block);
                cpu = cpuNow;
                wall = wallNow;
                embedding = 0;
            }
        }
    }
}
