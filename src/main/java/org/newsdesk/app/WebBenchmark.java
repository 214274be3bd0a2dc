package org.newsdesk.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.newsdesk.domain.Article;
import org.newsdesk.domain.Polling;

/**
 * Page and search latency under concurrent readers: builds (or reuses) a synthetic corpus in a data folder, serves
 * it, and has virtual-thread clients on loopback request front pages, article pages and searches for a while. The
 * peer in the same run is a static file through the same server and client. Not thread-safe: one run at a time.
 */
final class WebBenchmark {

    private static final long WARM_UP_SEEDS = 1_000_000;

    private final int articles;
    private final int clients;
    private final Duration duration;
    private final Duration warmUp;
    private final List<String> kinds;

    /**
     * @param warmUp how long each kind is asked for before any is measured: the optimising compiler's work and the
     *               first collections belong to a server's start, not to its steady state
     * @param kinds  the kinds measured, in order: static, front, article, search, jdk-static
     */
    WebBenchmark(int articles, int clients, Duration duration, Duration warmUp, List<String> kinds) {
        this.articles = articles;
        this.clients = clients;
        this.duration = duration;
        this.warmUp = warmUp;
        this.kinds = List.copyOf(kinds);
        for (String kind : kinds) {
            if (!KINDS.contains(kind)) throw new IllegalArgumentException("no kind of request \"" + kind + "\"; the kinds are " + KINDS);
        }
    }

    /** "jdk-static" is the static file through the JDK's HttpClient: what a request costs that client, against ours. */
    private static final List<String> KINDS = List.of("static", "front", "article", "search", "jdk-static");

    /** A kind of request: its name in the report, its paths, and whether the JDK's client sends it. */
    private record Kind(String name, Function<SplittableRandom, String> path, boolean jdkClient) {}

    void run(Config base) throws Exception {
        Files.createDirectories(base.dataDir());
        try (Newsdesk newsdesk = new Newsdesk(base, false)) {
            long have = newsdesk.articles.count();
            if (have < articles) build(newsdesk, have);
            if (newsdesk.reindexer.stale()) newsdesk.reindexer.rebuild((d, t) -> {});
            backfillRelated(newsdesk);
            try (HttpServer server = new HttpServer(newsdesk).start("127.0.0.1", 0)) {
                List<Kind> chosen = kinds(newsdesk);
                System.out.printf("Web benchmark: %d articles, %d concurrent clients, %d s per kind, %d cores, data in %s%n",
                        newsdesk.articles.count(), clients, duration.toSeconds(), Runtime.getRuntime().availableProcessors(),
                        base.dataDir().toAbsolutePath());
                // The warm-up asks for other articles and searches than the measured run: a page kept from the
                // warm-up would make the measured run look faster than readers would find it.
                for (Kind kind : chosen) measure(server.port(), kind, warmUp, WARM_UP_SEEDS);
                for (Kind kind : chosen) {
                    long cpu = processCpuNanos();
                    long[] times = measure(server.port(), kind, duration, 0);
                    report(kind.name(), times, processCpuNanos() - cpu);
                }
            }
        }
    }

    private List<Kind> kinds(Newsdesk newsdesk) {
        long maxId = newsdesk.articles.newest(1, null).getFirst().id();
        SyntheticNews words = new SyntheticNews(7, Instant.now());
        Map<String, Kind> all = new java.util.LinkedHashMap<>();
        all.put("static", new Kind("static file (peer)", r -> "/static/newsdesk.css", false));
        all.put("front", new Kind("front page", r -> r.nextInt(4) == 0 ? "/?category=World" : "/", false));
        all.put("article", new Kind("article page", r -> "/articles/" + (1 + r.nextLong(maxId)), false));
        all.put("search", new Kind("search", r -> "/search?q=" + words.word() + "+" + words.word(), false));
        all.put("jdk-static", new Kind("static, JDK client", r -> "/static/newsdesk.css", true));
        return kinds.stream().map(all::get).toList();
    }

    private void build(Newsdesk newsdesk, long have) {
        System.out.printf("Building a corpus of %d articles in %s (once; later runs reuse it)…%n", articles, newsdesk.config.dataDir());
        List<Long> sources = new ArrayList<>();
        for (var s : newsdesk.sources.list()) sources.add(s.id());
        for (int i = sources.size(); i < 50; i++) {
            sources.add(newsdesk.sources.add("https://news" + i + ".example.org/feed", null, "Source " + i, null,
                    Polling.initial(Instant.now().plus(Duration.ofDays(3650)), Duration.ofHours(6))).id());
        }
        SyntheticNews news = new SyntheticNews(42, Instant.now());
        long started = System.nanoTime();
        for (long n = have; n < articles; n++) {
            Article a = newsdesk.articles.insert(news.next(sources.get((int) (n % sources.size())), (int) n));
            newsdesk.index.index(a, "Source " + (n % sources.size()));
            if ((n + 1) % 10_000 == 0) {
                newsdesk.index.commit();
                System.out.printf("  %d articles (%.0f/s)%n", n + 1, (n + 1 - have) / ((System.nanoTime() - started) / 1e9));
            }
        }
        newsdesk.index.commit();
    }

    /**
     * Related articles for every article without them, as a server's background backfill would find them after an
     * upgrade (once; later runs reuse them), on every core: measured pages then read kept lists, as they would.
     */
    private static void backfillRelated(Newsdesk newsdesk) {
        long missing = newsdesk.relatedStore.countWithoutRelated();
        if (missing == 0) return;
        System.out.printf("Finding the related articles of %d articles (once; later runs reuse them)…%n", missing);
        long started = System.nanoTime();
        long[] shown = {0};
        long kept = newsdesk.relatedDesk.backfill((done, total) -> {
            if (done - shown[0] >= 10_000 || done == total) {
                shown[0] = done;
                System.out.printf("  %d of %d (%.0f/s)%n", done, total, done / ((System.nanoTime() - started) / 1e9));
            }
        }, Runtime.getRuntime().availableProcessors());
        System.out.printf("  %d lists kept in %.0f s%n", kept, (System.nanoTime() - started) / 1e9);
    }

    private long[] measure(int port, Kind kind, Duration length, long seeds) throws Exception {
        ConcurrentLinkedQueue<long[]> all = new ConcurrentLinkedQueue<>();
        Map<Integer, Integer> failures = new ConcurrentHashMap<>();
        long end = System.nanoTime() + length.toNanos();
        try (HttpClient jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
             var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                long seed = seeds + c;
                pool.submit(() -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    long[] times = new long[100_000];
                    int n = 0;
                    try (LoopbackClient lean = new LoopbackClient("127.0.0.1", port)) {
                        while (System.nanoTime() < end && n < times.length) {
                            String path = kind.path().apply(random);
                            long start = System.nanoTime();
                            int status;
                            try {
                                status = kind.jdkClient()
                                        ? jdk.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                                                HttpResponse.BodyHandlers.ofByteArray()).statusCode()
                                        : lean.get(path);
                            } catch (java.io.IOException e) {
                                status = -1; // counted among the failures; the lean client connects again
                            }
                            times[n++] = System.nanoTime() - start;
                            if (status != 200) failures.merge(status, 1, Integer::sum);
                        }
                    }
                    all.add(Arrays.copyOf(times, n));
                    return null;
                });
            }
        }
        if (!failures.isEmpty()) System.out.println("  " + kind.name() + ": non-200 answers " + failures);
        return all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    }

    /**
     * The latencies, and the processor time the process spent per request (server and clients together): on a
     * machine shared with other work, latency under load tells how busy the machine was as much as how costly a
     * page is; the processor time per request tells the cost alone.
     */
    private void report(String kind, long[] sorted, long cpuNanos) {
        double seconds = duration.toNanos() / 1e9;
        System.out.printf("%-20s %7d requests %8.0f req/s  p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  cpu/request %5.2f ms%n",
                kind, sorted.length, sorted.length / seconds, percentile(sorted, 50), percentile(sorted, 90),
                percentile(sorted, 99), sorted.length == 0 ? Double.NaN : cpuNanos / 1e6 / sorted.length);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) return Double.NaN;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    static Path defaultFolder() {
        return Path.of("target", "bench-web");
    }
}
