package org.newsdesk.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsdesk.demo.DemoNetwork;
import org.newsdesk.ingest.Progress;
import org.newsdesk.readers.Accounts;
import org.newsdesk.readers.AppPasswords;
import org.newsdesk.readers.Comments;
import org.newsdesk.readers.ReadingState;
import org.newsdesk.readers.SavedSearches;
import org.newsdesk.readers.Subscriptions;
import org.newsdesk.search.SearchIndex;
import org.newsdesk.store.ArticleListing;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.Database;
import org.newsdesk.store.SourceStore;
import org.newsdesk.store.TestPostgres;

/**
 * A whole Newsdesk for tests of other packages: the demo news network ingested into a store in a temporary folder
 * (SQLite, or a fresh PostgreSQL database), and the HTTP server on 127.0.0.1 at a free port.
 */
public final class TestNewsdesk implements AutoCloseable {
    /** The store backends a test can run on. */
    public enum Store { SQLITE, POSTGRESQL }

    private final DemoNetwork network;
    private final Newsdesk newsdesk;
    private final HttpServer server;
    private final @Nullable String postgresDatabase;

    private TestNewsdesk(Path folder, Store store) {
        network = DemoNetwork.start(0);
        postgresDatabase = store == Store.POSTGRESQL ? TestPostgres.nextName() : null;
        String url = postgresDatabase == null ? null : TestPostgres.createDatabase(postgresDatabase);
        Config config = new Config(folder, url, postgresDatabase == null ? null : TestPostgres.user(), null, "127.0.0.1", 0,
                List.of("127.0.0.1"), 2, 10L << 20, Duration.ZERO, 100, null, null, null);
        newsdesk = new Newsdesk(config, false);
        for (URI feed : network.subscriptions()) newsdesk.sourceService.add(feed.toString(), null);
        newsdesk.sourceService.refreshAll(Progress.NONE);
        server = new HttpServer(newsdesk).start("127.0.0.1", 0);
    }

    /** Starts the demo network, ingests it and starts the server. */
    public static TestNewsdesk start(Path folder, Store store) {
        return new TestNewsdesk(folder, store);
    }

    /** The server's root, like {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public int demoArticleCount() {
        return network.articleCount();
    }

    public Accounts accounts() {
        return newsdesk.readers.accounts;
    }

    public AppPasswords appPasswords() {
        return newsdesk.readers.appPasswords;
    }

    public Subscriptions subscriptions() {
        return newsdesk.readers.subscriptions;
    }

    public ReadingState reading() {
        return newsdesk.readers.reading;
    }

    public Comments comments() {
        return newsdesk.readers.comments;
    }

    public SavedSearches savedSearches() {
        return newsdesk.readers.savedSearches;
    }

    public SourceStore sources() {
        return newsdesk.sources;
    }

    public ArticleStore articles() {
        return newsdesk.articles;
    }

    public ArticleListing listing() {
        return newsdesk.listing;
    }

    public SearchIndex index() {
        return newsdesk.index;
    }

    public Database database() {
        return newsdesk.database;
    }

    @Override
    public void close() {
        server.close();
        newsdesk.close();
        network.close();
        if (postgresDatabase != null) TestPostgres.dropDatabase(postgresDatabase);
    }
}
