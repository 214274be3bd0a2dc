package org.newsdesk.app;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.newsdesk.cli.Backend;
import org.newsdesk.demo.DemoNetwork;
import org.newsdesk.ingest.Reindexer;
import org.newsdesk.ingest.SourceException;
import org.newsdesk.ingest.SourceService;
import org.newsdesk.readers.Accounts;
import org.newsdesk.readers.AppPasswords;
import org.newsdesk.readers.Subscriptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens Newsdesk for the commands: one-shot sessions, the server, and the demo. */
final class Launcher implements Backend {

    private static final Logger log = LoggerFactory.getLogger(Launcher.class);
    /** The demo network is ours and local: no need for the politeness delay remote sites get. */
    private static final Duration DEMO_HOST_DELAY = Duration.ofMillis(20);
    /** How far back stories are replayed at start: stories older than this have closed anyway. */
    private static final Duration STORY_MEMORY = Duration.ofDays(3);

    @Override
    public Session open(Options options) {
        Newsdesk newsdesk = new Newsdesk(Config.from(options, System.getenv()), false);
        return new Session() {
            @Override
            public SourceService sources() {
                return newsdesk.sourceService;
            }

            @Override
            public Reindexer reindexer() {
                return newsdesk.reindexer;
            }

            @Override
            public Accounts accounts() {
                return newsdesk.readers.accounts;
            }

            @Override
            public AppPasswords appPasswords() {
                return newsdesk.readers.appPasswords;
            }

            @Override
            public Subscriptions subscriptions() {
                return newsdesk.readers.subscriptions;
            }

            @Override
            public boolean serverRunning() {
                return newsdesk.indexHeldElsewhere;
            }

            @Override
            public void close() {
                newsdesk.close();
            }
        };
    }

    @Override
    public void serve(Options options) {
        run(Config.from(options, System.getenv()), List.of(), null, newsdesk -> {});
    }

    @Override
    public void demo(Options options) {
        // A fixed port beside Newsdesk's keeps the demo's feed URLs the same from one run to the next.
        DemoNetwork network = DemoNetwork.start(options.port() == 0 ? 0 : options.port() + 1);
        Config config = Config.from(options, System.getenv(), Config.DEMO_DATA)
                .withAllowedAddresses(List.of("127.0.0.1"))
                .withHostDelay(DEMO_HOST_DELAY);
        System.out.println("Demo news network: " + network.baseUrl() + " (" + network.articleCount() + " articles)");
        run(config, network.subscriptions(), network, newsdesk -> reportWhenIngested(newsdesk, network.articleCount()));
    }

    /** Tells the demo user when the whole network is in, so they know the pages are complete. */
    private static void reportWhenIngested(Newsdesk newsdesk, int expected) {
        long started = System.nanoTime();
        Thread.ofVirtual().start(() -> {
            try {
                while (newsdesk.articles.count() < expected || newsdesk.index.count() < expected) {
                    if (System.nanoTime() - started > 120_000_000_000L) {
                        System.out.println("Demo: still ingesting after two minutes; see `newsdesk sources list`");
                        return;
                    }
                    Thread.sleep(200);
                }
                System.out.printf("Demo: all %d articles fetched, extracted, stored and indexed in %.1f s%n",
                        expected, (System.nanoTime() - started) / 1e9);
            } catch (InterruptedException | RuntimeException e) {
                // Shutting down: nothing to report.
            }
        });
    }

    @Override
    public void benchmarkIngest(Options options, int rounds) {
        new IngestBenchmark(rounds).run(Config.from(options, System.getenv()));
    }

    @Override
    public void benchmarkWeb(Options options, int articles, int clients, int seconds, int warmUpSeconds, java.util.List<String> kinds) {
        Config config = Config.from(options, System.getenv(), WebBenchmark.defaultFolder());
        try {
            new WebBenchmark(articles, clients, Duration.ofSeconds(seconds), Duration.ofSeconds(warmUpSeconds), kinds).run(config);
        } catch (Exception e) {
            throw new IllegalStateException("the web benchmark failed: " + e.getMessage(), e);
        }
    }

    private void run(Config config, List<URI> subscribe, @Nullable AutoCloseable extra, Consumer<Newsdesk> started) {
        Newsdesk newsdesk = new Newsdesk(config, true);
        HttpServer server = new HttpServer(newsdesk);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            newsdesk.close();
            closeQuietly(extra);
            stopped.countDown();
        }));
        server.start(config.host(), config.port()); // first, so a busy port stops us before any work starts
        if (newsdesk.reindexer.stale()) {
            log.info("search index differs from the store: rebuilding it");
            newsdesk.reindexer.rebuild((done, total) -> {});
        }
        // The clusterer keeps open stories in memory: replay the recent stream so new articles join them.
        newsdesk.storyDesk.replay(java.time.Instant.now().minus(STORY_MEMORY));
        for (URI url : subscribe) {
            try {
                newsdesk.sourceService.add(url.toString(), null);
            } catch (SourceException e) {
                if (e.reason() != SourceException.Reason.ALREADY_SUBSCRIBED) System.out.println("Demo: " + e.getMessage());
            }
        }
        newsdesk.startScheduler();
        System.out.println("Newsdesk is running at http://" + displayHost(config.host()) + ":" + server.port() + "/");
        System.out.println("Data: " + (config.databaseUrl() != null ? redacted(config.databaseUrl()) : config.dataDir().toAbsolutePath())
                + " · stop with Ctrl+C");
        started.accept(newsdesk);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A JDBC URL without its password, for printing. */
    static String redacted(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//[^/@]*:[^/@]*@", "//***@");
    }

    private static String displayHost(String host) {
        return host.equals("0.0.0.0") ? "localhost" : host;
    }

    private static void closeQuietly(@Nullable AutoCloseable closeable) {
        if (closeable == null) return;
        try {
            closeable.close();
        } catch (Exception e) {
            log.warn("could not close {}", closeable, e);
        }
    }
}
