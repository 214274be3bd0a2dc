package org.newsdesk.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Search latency at 100,000 articles: builds a synthetic index (or reuses one in the given folder), then runs a
 * mix of reader queries through {@link LuceneSearchIndex#search} (hits, snippets, facets, suggestions) one at a
 * time and from 50 threads at once, and prints p50/p99 per kind of query. Usage:
 * {@code SearchBenchmark [INDEX_DIR] [ARTICLES] [THREADS]}; without a folder a temporary one is made and deleted.
 */
public final class SearchBenchmark {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final int MIX_SIZE = 2_000;

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("newsdesk-search-bench");
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        SyntheticCorpus corpus = new SyntheticCorpus(42, 50_000, NOW);
        List<String> phrases = new ArrayList<>();
        try (LuceneSearchIndex index = new LuceneSearchIndex(folder, Clock.fixed(NOW, ZoneOffset.UTC))) {
            build(index, corpus, articles, phrases);
            List<Probe> mix = mix(corpus, phrases);
            System.out.printf("index: %,d articles, %,d MB on disk%n", index.count(), size(folder) >> 20);
            run(index, mix, 1, 2 * MIX_SIZE); // warm-up: the JIT and the page cache
            report("1 thread", run(index, mix, 1, 3 * MIX_SIZE));
            if (threads > 1) report(threads + " threads", run(index, mix, threads, 5 * MIX_SIZE));
        } finally {
            if (args.length == 0) delete(folder);
        }
    }

    /** One query of the mix and what kind it is. */
    private record Probe(String kind, SearchQuery query) {}

    /** Wall time, and processor time of the searching thread (what the search costs whatever else runs). */
    private record Timing(String kind, long nanos, long cpuNanos) {}

    private record Result(List<Timing> timings, long wallNanos) {}

    private static void build(LuceneSearchIndex index, SyntheticCorpus corpus, int articles, List<String> phrases) {
        boolean reuse = index.count() == articles;
        long start = System.nanoTime();
        if (!reuse) index.clear();
        for (long id = 1; id <= articles; id++) {
            var article = corpus.article(id);
            if (id % 50 == 0) phrases.add(twoAdjacentWords(article.content().bodyText(), corpus));
            if (!reuse) index.index(article, SyntheticCorpus.sourceTitle((int) article.sourceId()));
            if (!reuse && id % 10_000 == 0) System.out.printf("indexed %,d%n", id);
        }
        index.commit();
        long seconds = Math.max(1, (System.nanoTime() - start) / 1_000_000_000L);
        if (!reuse) System.out.printf("built in %d s (%,d articles/s)%n", seconds, articles / seconds);
    }

    private static String twoAdjacentWords(String body, SyntheticCorpus corpus) {
        String[] words = body.replace(".", "").split(" ");
        int at = corpus.nextInt(words.length - 1);
        return words[at] + " " + words[at + 1];
    }

    private static List<Probe> mix(SyntheticCorpus corpus, List<String> phrases) {
        List<Probe> mix = new ArrayList<>(MIX_SIZE);
        for (int i = 0; i < MIX_SIZE; i++) {
            int pick = corpus.nextInt(100);
            String word = corpus.topicWord();
            String category = SyntheticCorpus.category(corpus.nextInt(10));
            Probe probe;
            if (pick < 25) probe = new Probe("one word", SearchQuery.of(word));
            else if (pick < 45) probe = new Probe("two words", SearchQuery.of(word + " " + corpus.topicWord()));
            else if (pick < 55) probe = new Probe("phrase", SearchQuery.of('"' + phrases.get(corpus.nextInt(phrases.size())) + '"'));
            else if (pick < 65) probe = new Probe("word + category:", SearchQuery.of(word + " category:\"" + category + '"'));
            else if (pick < 70) probe = new Probe("word source: after: -word", SearchQuery.of(word + " source:\""
                    + SyntheticCorpus.sourceTitle(corpus.nextInt(SyntheticCorpus.SOURCES)) + "\" after:2026-06-01 -"
                    + corpus.topicWord()));
            else if (pick < 75) probe = new Probe("very common word", SearchQuery.of("people"));
            else if (pick < 80) probe = new Probe("category: only, newest", SearchQuery.of("category:\"" + category + '"'));
            else if (pick < 85) probe = new Probe("misspelt (suggestions)", SearchQuery.of(misspelt(word)));
            else if (pick < 90) probe = new Probe("word, newest first", SearchQuery.of(word).withSort(SortOrder.NEWEST));
            else if (pick < 95) probe = new Probe("word + ticked facets", SearchQuery.of(word).withFilters(SearchFilters.none()
                    .withCategories(List.of(category)).withDate(DateBucket.PAST_MONTH)));
            else probe = new Probe("word, page 5", SearchQuery.of(word).withOffset(80));
            mix.add(probe);
        }
        return mix;
    }

    private static String misspelt(String word) {
        char[] letters = word.toCharArray();
        letters[letters.length / 2] = letters[letters.length / 2] == 'x' ? 'q' : 'x';
        return new String(letters);
    }

    private static Result run(LuceneSearchIndex index, List<Probe> mix, int threads, int queries) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Timing>>> futures = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                int first = t * 37;
                int count = queries / threads;
                futures.add(pool.submit(() -> {
                    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
                    List<Timing> timings = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        Probe probe = mix.get((first + i) % mix.size());
                        long begin = System.nanoTime();
                        long cpuBegin = cpu.getCurrentThreadCpuTime();
                        index.search(probe.query());
                        long cpuNanos = cpu.getCurrentThreadCpuTime() - cpuBegin;
                        timings.add(new Timing(probe.kind(), System.nanoTime() - begin, cpuNanos));
                    }
                    return timings;
                }));
            }
            List<Timing> all = new ArrayList<>(queries);
            for (Future<List<Timing>> future : futures) all.addAll(future.get());
            return new Result(all, System.nanoTime() - start);
        } finally {
            pool.shutdown();
        }
    }

    private static void report(String label, Result result) {
        System.out.printf("%n%s: %,d searches, %.0f searches/s%n", label, result.timings().size(),
                result.timings().size() / (result.wallNanos() / 1e9));
        System.out.printf("  %-28s %8s %8s %10s %10s %7s%n", "kind", "p50 ms", "p99 ms", "cpu p50", "cpu p99", "count");
        Map<String, List<Timing>> byKind = new LinkedHashMap<>();
        byKind.put("all", new ArrayList<>());
        for (Timing timing : result.timings()) {
            byKind.get("all").add(timing);
            byKind.computeIfAbsent(timing.kind(), k -> new ArrayList<>()).add(timing);
        }
        byKind.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(k -> k.equals("all") ? "" : k)))
                .forEach(e -> {
                    long[] wall = e.getValue().stream().mapToLong(Timing::nanos).sorted().toArray();
                    long[] cpu = e.getValue().stream().mapToLong(Timing::cpuNanos).sorted().toArray();
                    System.out.printf("  %-28s %8.1f %8.1f %10.1f %10.1f %7d%n", e.getKey(), percentile(wall, 50),
                            percentile(wall, 99), percentile(cpu, 50), percentile(cpu, 99), wall.length);
                });
    }

    private static double percentile(long[] sorted, int p) {
        int at = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, at)] / 1e6;
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
