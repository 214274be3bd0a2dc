package org.newsdesk.cluster;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;

/**
 * Benchmark tool: the clusterer's cost per article along a long stream, in blocks, to show it stays flat. Usage:
 * {@code ClusterSpeed DOCS_JSONL BLOCK}: prints, for each block of articles, the CPU time and wall time per
 * article spent in {@link StoryClusterer#add} (embeddings are measured by the cluster command), the open stories
 * and the heap in use.
 */
public final class ClusterSpeed {

    private ClusterSpeed() {
    }

    public static void main(String[] args) throws IOException {
        List<ClusterDoc> docs = Corpus.docs(Path.of(args[0]));
        int block = Integer.parseInt(args[1]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        StoryClusterer clusterer = new StoryClusterer(ClusterSettings.defaults());
        System.out.println("articles\tcpu_ms_per_article\twall_ms_per_article\topen_stories\theap_mb");
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < docs.size(); i++) {
            clusterer.add(docs.get(i));
            if ((i + 1) % block == 0) {
                long cpuNow = threads.getCurrentThreadCpuTime();
                long wallNow = System.nanoTime();
                Runtime rt = Runtime.getRuntime();
                System.out.printf("%d\t%.3f\t%.3f\t%d\t%d%n", i + 1, (cpuNow - cpu) / 1e6 / block,
                        (wallNow - wall) / 1e6 / block, clusterer.openStories(),
                        (rt.totalMemory() - rt.freeMemory()) >> 20);
                cpu = cpuNow;
                wall = wallNow;
            }
        }
    }
}
