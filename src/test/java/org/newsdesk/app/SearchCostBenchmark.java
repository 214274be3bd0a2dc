package org.newsdesk.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.newsdesk.search.LuceneSearchIndex;
import org.newsdesk.search.SearchFilters;
import org.newsdesk.search.SearchHits;
import org.newsdesk.search.SearchQuery;
import org.newsdesk.search.SortOrder;

/**
 * What one search costs on the web benchmark's corpus, without the web server, the clients or the page cache:
 * {@link LuceneSearchIndex#search} alone on one thread over a fixed list of searches drawn like the web benchmark's
 * (two words of its Zipf vocabulary, 20 hits), timed by the searching thread's processor time, which other work on
 * the machine moves far less than wall time, with the bytes the thread allocated a search (the collector's work).
 * Usage: {@code SearchCostBenchmark [INDEX_DIR] [SEARCHES] [KIND]}, by default
 * {@code target/bench-web/index} (built by {@code ./newsdesk benchmark web}) and 3,000 searches of each kind.
 */
public final class SearchCostBenchmark {

    private SearchCostBenchmark() {}

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/bench-web/index");
        int searches = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
        Map<String, Function<Words, SearchQuery>> kinds = new LinkedHashMap<>();
        kinds.put("two words (web benchmark)", w -> page(w.news.word() + " " + w.news.word()));
        kinds.put("two words, newest first", w -> page(w.news.word() + " " + w.news.word()).withSort(SortOrder.NEWEST));
        kinds.put("word + ticked category", w -> page(w.news.word())
                .withFilters(SearchFilters.none().withCategories(List.of("World"))));
        kinds.put("category: alone, newest", w -> page("category:" + w.category()));
        kinds.put("two words, page 3", w -> page(w.news.word() + " " + w.news.word()).withOffset(40));
        // A third argument keeps only the kinds whose name starts with it.
        if (args.length > 2) kinds.keySet().removeIf(name -> !name.startsWith(args[2]));
        try (LuceneSearchIndex index = new LuceneSearchIndex(folder)) {
            System.out.printf("%,d articles in %s, %d processors%n", index.count(), folder, Runtime.getRuntime().availableProcessors());
            // Warm-up on other searches than the measured ones, as the web benchmark does.
            for (var kind : kinds.values()) run(index, kind, new Words(1_000 + kind.hashCode()), searches);
            System.out.println("| kind | searches | cpu p50 | cpu p90 | cpu p99 | cpu mean | wall p50 | wall p99 | allocated a search |");
            System.out.println("|---|---|---|---|---|---|---|---|---|");
            for (var kind : kinds.entrySet()) {
                long[][] times = run(index, kind.getValue(), new Words(7), searches);
                report(kind.getKey(), times[0], times[1], times[2][0]);
            }
        }
    }

    private static SearchQuery page(String text) {
        return new SearchQuery(text, 0, 20);
    }

    /** Processor and wall nanoseconds of each search. */
    private static long[][] run(LuceneSearchIndex index, Function<Words, SearchQuery> kind, Words words, int searches) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<SearchQuery> queries = new ArrayList<>(searches);
        for (int i = 0; i < searches; i++) queries.add(kind.apply(words));
        long[] cpu = new long[searches];
        long[] wall = new long[searches];
        long sink = 0;
        long allocated = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < searches; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            SearchHits hits = index.search(queries.get(i));
            wall[i] = System.nanoTime() - t;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
            sink += hits.total() + hits.hits().size();
        }
        if (sink == 42) System.out.println();
        long perSearch = (threads.getCurrentThreadAllocatedBytes() - allocated) / searches;
        return new long[][] {cpu, wall, {perSearch}};
    }

    private static void report(String kind, long[] cpu, long[] wall, long allocated) {
        Arrays.sort(cpu);
        Arrays.sort(wall);
        System.out.printf("| %s | %,d | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %,d kB |%n", kind,
                cpu.length, ms(at(cpu, 0.5)), ms(at(cpu, 0.9)), ms(at(cpu, 0.99)),
                ms(Arrays.stream(cpu).average().orElse(0)), ms(at(wall, 0.5)), ms(at(wall, 0.99)), allocated / 1024);
    }

    private static long at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private static double ms(double nanos) {
        return nanos / 1e6;
    }

    /** The searches' words, drawn as the web benchmark draws them: the same vocabulary and skew. */
    private static final class Words {
        private static final String[] CATEGORIES = {"World", "Politics", "Business", "Technology", "Science",
                "Health", "Sports", "Entertainment", "Local", "Climate"};
        final SyntheticNews news;
        private final SplittableRandom random;

        Words(long seed) {
            news = new SyntheticNews(seed, Instant.now());
            random = new SplittableRandom(seed);
        }

        String category() {
            return CATEGORIES[random.nextInt(CATEGORIES.length)];
        }
    }
}
