package org.newsdesk.web;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.newsdesk.domain.Source;
import org.newsdesk.search.LuceneSearchIndex;
import org.newsdesk.store.AnnotationStore;
import org.newsdesk.store.ArticleListing;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.ArticleViews;
import org.newsdesk.store.Database;
import org.newsdesk.store.SourceStore;
import org.newsdesk.store.StoryStore;

/**
 * What the application's part of an article page costs on the web benchmark's corpus, without the HTTP server,
 * the clients or the page cache: the page's model read from the store ({@link ArticlePages#page}) and its
 * rendering, on one thread, over articles drawn uniformly like the web benchmark's, timed by the thread's
 * processor time (which other work on a shared machine moves far less than wall time).
 *
 * <p>Usage: {@code ArticlePageCost [DATA_DIR] [PAGES] [PAGES_OUT_DIR]}, by default {@code target/bench-web} (built by
 * {@code ./newsdesk benchmark web}) and 20,000 pages a round. With a third argument it also writes the first 300
 * pages of the measured draw there, rendered at a fixed time, to compare the HTML of two builds ({@code diff -r}).
 */
public final class ArticlePageCost {

    private static final int BATCH = 500;
    private static final int ROUNDS = 5;
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private ArticlePageCost() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "target/bench-web");
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        Path out = args.length > 2 ? Path.of(args[2]) : null;
        try (Database database = Database.sqliteIn(data);
             LuceneSearchIndex index = new LuceneSearchIndex(data.resolve("index"))) {
            SourceStore sources = new SourceStore(database);
            ArticleStore articles = new ArticleStore(database);
            Map<Long, String> titles = new HashMap<>();
            for (Source s : sources.list()) titles.put(s.id(), s.title());
            ArticlePages model = new ArticlePages(sources, articles, new ArticleListing(database),
                    new ArticleViews(database, new AnnotationStore(database, articles)), new StoryStore(database), index,
                    Clock.fixed(NOW, ZoneOffset.UTC), () -> titles);
            Templates templates = new Templates();
            long count = index.count();
            if (out != null) write(model, templates, ids(new SplittableRandom(7), count, 300), out);
            run(model, templates, ids(new SplittableRandom(1_000), count, pages)); // warm-up, other articles
            System.out.println("| round | pages | model µs | render µs | total µs | bytes |");
            System.out.println("|---|---|---|---|---|---|");
            for (int round = 1; round <= ROUNDS; round++) {
                long[] r = run(model, templates, ids(new SplittableRandom(round), count, pages));
                System.out.printf("| %d | %,d | %.1f | %.1f | %.1f | %,d |%n", round, pages, r[0] / 1e3 / pages,
                        r[1] / 1e3 / pages, (r[0] + r[1]) / 1e3 / pages, r[2] / pages);
            }
        }
    }

    private static List<Long> ids(SplittableRandom random, long count, int n) {
        List<Long> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) ids.add(1 + random.nextLong(count));
        return ids;
    }

    /** Processor nanoseconds reading the models, rendering them, and the bytes rendered. */
    private static long[] run(ArticlePages model, Templates templates, List<Long> ids) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long reading = 0;
        long rendering = 0;
        long bytes = 0;
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Pages.ArticlePage> batch = new ArrayList<>(BATCH);
            long start = threads.getCurrentThreadCpuTime();
            for (long id : ids.subList(from, Math.min(ids.size(), from + BATCH))) {
                model.page(id, FeedChoice.View.EVERYTHING).ifPresent(batch::add);
            }
            long read = threads.getCurrentThreadCpuTime();
            for (Pages.ArticlePage page : batch) bytes += templates.bytes("article.jte", page).length;
            long rendered = threads.getCurrentThreadCpuTime();
            reading += read - start;
            rendering += rendered - read;
        }
        return new long[] {reading, rendering, bytes};
    }

    private static void write(ArticlePages model, Templates templates, List<Long> ids, Path out) throws Exception {
        Files.createDirectories(out);
        for (long id : ids) {
            var page = model.page(id, FeedChoice.View.EVERYTHING).orElseThrow();
            Files.write(out.resolve(id + ".html"), templates.bytes("article.jte", page));
        }
    }
}
