package org.newsdesk.ingest;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.newsdesk.extract.ArticleExtractor;
import org.newsdesk.extract.HtmlSanitizer;
import org.newsdesk.feed.FeedDiscovery;
import org.newsdesk.feed.FeedParser;
import org.newsdesk.feed.OpmlCodec;
import org.newsdesk.fetch.AddressPolicy;
import org.newsdesk.fetch.FetchSettings;
import org.newsdesk.fetch.HttpFetcher;
import org.newsdesk.search.LuceneSearchIndex;
import org.newsdesk.store.AnnotationStore;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.StoryStore;
import org.newsdesk.cluster.ClusterSettings;
import org.newsdesk.understand.SentenceEmbedder;
import org.newsdesk.understand.Understanding;
import org.newsdesk.store.Database;
import org.newsdesk.store.RelatedStore;
import org.newsdesk.store.SourceStore;

/** The real ingest parts on a SQLite file and a Lucene folder, fetching from loopback only. */
final class IngestFixture implements AutoCloseable {

    final Database database;
    final SourceStore sources;
    final ArticleStore articles;
    final AnnotationStore annotations;
    /** The models load once for every test: they take a while and are read-only. */
    static final SentenceEmbedder EMBEDDER = new SentenceEmbedder();
    static final Understanding UNDERSTANDING = new Understanding(EMBEDDER);
    final LuceneSearchIndex index;
    final HttpFetcher fetcher;
    final Refresher refresher;
    final SourceService service;
    final Reindexer reindexer;
    final RelatedStore relatedStore;
    final RelatedDesk related;

    IngestFixture(Path folder) {
        this(folder, FetchSettings.defaults().withMaxBytes(256 * 1024), 100);
    }

    IngestFixture(Path folder, FetchSettings base, int maxReads) {
        Clock clock = Clock.systemUTC();
        database = Database.sqliteIn(folder);
        sources = new SourceStore(database);
        articles = new ArticleStore(database);
        index = new LuceneSearchIndex(folder.resolve("index"));
        FetchSettings settings = base.withAddressPolicy(AddressPolicy.allowing(List.of("127.0.0.1")))
                .withHostDelay(Duration.ZERO)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
                .withRetries(0, Duration.ZERO);
        fetcher = new HttpFetcher(settings, clock);
        IngestMetrics metrics = new IngestMetrics(new SimpleMeterRegistry());
        FeedParser parser = new FeedParser();
        ArticleReader reader = new ArticleReader(fetcher, new ArticleExtractor(), new HtmlSanitizer(), metrics);
        annotations = new AnnotationStore(database, articles);
        relatedStore = new RelatedStore(database);
        related = new RelatedDesk(relatedStore, index, clock);
        EntryPipeline pipeline = new EntryPipeline(reader, () -> UNDERSTANDING, annotations,
                new StoryDesk(new StoryStore(database), articles, () -> EMBEDDER, ClusterSettings.defaults()), articles, index, related, metrics, clock);
        PollSchedule schedule = PollSchedule.defaults();
        refresher = new Refresher(fetcher, parser, pipeline, sources, index, related, schedule, metrics, clock, maxReads);
        reindexer = new Reindexer(sources, articles, annotations, index);
        service = new SourceService(sources, articles, index, new SourceResolver(fetcher, parser, new FeedDiscovery()),
                refresher, RefreshQueue.NONE, new OpmlCodec(), schedule, clock);
    }

    @Override
    public void close() {
        fetcher.close();
        index.close();
        database.close();
    }
}
