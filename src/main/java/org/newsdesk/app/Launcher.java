package org.newsdesk.app;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.newsdesk.cli.Backend;
import org.newsdesk.demo.DemoNetwork;
import org.newsdesk.ingest.Reindexer;
import org.newsdesk.ingest.SourceException;
import org.newsdesk.ingest.SourceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens Newsdesk for the commands: one-shot sessions, the server, and the demo. */
final class Launcher implements Backend {

    private static final Logger log = LoggerFactory.getLogger(Launcher.class);
    /** The demo network is ours and local: no need for the politeness delay remote sites get. */
    private static final Duration DEMO_HOST_DELAY = Duration.ofMillis(20);

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
        run(Config.from(options, System.getenv()), List.of(), null);
    }

    @Override
    public void demo(Options options) {
        DemoNetwork network = DemoNetwork.start(0);
        Config config = Config.from(options, System.getenv())
                .withAllowedAddresses(List.of("127.0.0.1"))
                .withHostDelay(DEMO_HOST_DELAY);
        System.out.println("Demo news network: " + network.baseUrl() + " (" + network.articleCount() + " articles)");
        run(config, network.subscriptions(), network);
    }

    private void run(Config config, List<URI> subscribe, AutoCloseable extra) {
        Newsdesk newsdesk = new Newsdesk(config, true);
        HttpServer server = new HttpServer(newsdesk);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            newsdesk.close();
            closeQuietly(extra);
            stopped.countDown();
        }));
        if (newsdesk.reindexer.stale()) {
            log.info("search index differs from the store: rebuilding it");
            newsdesk.reindexer.rebuild((done, total) -> {});
        }
        for (URI url : subscribe) {
            try {
                newsdesk.sourceService.add(url.toString(), null);
            } catch (SourceException e) {
                if (e.reason() != SourceException.Reason.ALREADY_SUBSCRIBED) System.out.println("Demo: " + e.getMessage());
            }
        }
        newsdesk.startScheduler();
        server.start(config.host(), config.port());
        System.out.println("Newsdesk is running at http://" + displayHost(config.host()) + ":" + server.port() + "/");
        System.out.println("Data: " + (config.databaseUrl() != null ? config.databaseUrl() : config.dataDir().toAbsolutePath())
                + " · stop with Ctrl+C");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String displayHost(String host) {
        return host.equals("0.0.0.0") ? "localhost" : host;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) return;
        try {
            closeable.close();
        } catch (Exception e) {
            log.warn("could not close {}", closeable, e);
        }
    }
}
