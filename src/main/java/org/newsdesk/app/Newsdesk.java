package org.newsdesk.app;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.newsdesk.extract.ArticleExtractor;
import org.newsdesk.extract.HtmlSanitizer;
import org.newsdesk.feed.FeedDiscovery;
import org.newsdesk.feed.FeedParser;
import org.newsdesk.feed.OpmlCodec;
import org.newsdesk.fetch.AddressPolicy;
import org.newsdesk.fetch.FetchSettings;
import org.newsdesk.fetch.HttpFetcher;
import org.newsdesk.ingest.ArticleReader;
import org.newsdesk.ingest.EntryPipeline;
import org.newsdesk.ingest.IngestMetrics;
import org.newsdesk.ingest.PollSchedule;
import org.newsdesk.ingest.RefreshQueue;
import org.newsdesk.ingest.Refresher;
import org.newsdesk.ingest.RelatedDesk;
import org.newsdesk.ingest.Reindexer;
import org.newsdesk.ingest.Scheduler;
import org.newsdesk.ingest.SourceResolver;
import org.newsdesk.ingest.SourceService;
import org.newsdesk.search.DetachedIndex;
import org.newsdesk.search.LuceneSearchIndex;
import org.newsdesk.search.SearchException;
import org.newsdesk.search.SearchIndex;
import org.newsdesk.store.AnnotationStore;
import org.newsdesk.store.StoryStore;
import org.newsdesk.ingest.StoryDesk;
import org.newsdesk.ingest.StorySummaries;
import org.newsdesk.ingest.StoryAssistant;
import org.newsdesk.understand.LlmClient;
import org.newsdesk.understand.LlmSettings;
import org.newsdesk.understand.StoryBrief;
import org.newsdesk.understand.StoryQa;
import org.newsdesk.understand.Translator;
import org.newsdesk.understand.StorySummarizer;
import org.newsdesk.cluster.ClusterSettings;
import org.newsdesk.store.ArticleListing;
import org.newsdesk.understand.SentenceEmbedder;
import org.newsdesk.understand.Understanding;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.Database;
import org.newsdesk.store.RelatedStore;
import org.newsdesk.store.SourceStore;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The composition root: builds every service once from the configuration, in dependency order, and closes them
 * in reverse. The only place that calls {@code new} on services. Thread-safe once built.
 */
public final class Newsdesk implements AutoCloseable {

    final Config config;
    final Clock clock;
    final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    final Database database;
    final SourceStore sources;
    final ArticleStore articles;
    final ArticleListing listing;
    final AnnotationStore annotations;
    final StoryStore storyStore;
    final StoryDesk storyDesk;
    /** The models load on first use: they take seconds, and most commands never need them. */
    final Supplier<SentenceEmbedder> embedder = new Once<>(SentenceEmbedder::new);
    final Supplier<Understanding> understanding = new Once<>(() -> new Understanding(embedder.get()));
    final Supplier<StorySummarizer> storySummarizer = new Once<>(() -> new StorySummarizer(embedder.get()));
    final StorySummaries storySummaries = new StorySummaries(storySummarizer);
    final StoryAssistant assistant;
    final SearchIndex index;
    final RelatedStore relatedStore;
    final RelatedDesk relatedDesk;
    final boolean indexHeldElsewhere;
    final HttpFetcher fetcher;
    final Refresher refresher;
    final Reindexer reindexer;
    final SourceService sourceService;
    final Scheduler scheduler;
    final ReaderServices readers;

    /**
     * @param runScheduler true for a server; one-shot commands leave polling to a running server
     */
    Newsdesk(Config config, boolean runScheduler) {
        this(config, runScheduler, Clock.systemUTC());
    }

    /** @param clock the system clock, or a test's */
    Newsdesk(Config config, boolean runScheduler, Clock clock) {
        this.config = config;
        this.clock = clock;
        database = config.databaseUrl() == null ? Database.sqliteIn(config.dataDir())
                : Database.open(config.databaseUrl(), config.databaseUser(), config.databasePassword());
        sources = new SourceStore(database);
        articles = new ArticleStore(database);
        listing = new ArticleListing(database);
        annotations = new AnnotationStore(database, articles);
        SearchIndex opened;
        boolean busy = false;
        try {
            opened = new LuceneSearchIndex(config.dataDir().resolve("index"));
        } catch (SearchException e) {
            if (e.reason() != SearchException.Reason.BUSY || runScheduler) {
                database.close();
                throw e;
            }
            opened = new DetachedIndex();
            busy = true;
        }
        index = opened;
        indexHeldElsewhere = busy;
        fetcher = new HttpFetcher(fetchSettings(config), clock);
        IngestMetrics metrics = new IngestMetrics(registry);
        PollSchedule schedule = PollSchedule.defaults();
        FeedParser parser = new FeedParser();
        ArticleReader reader = new ArticleReader(fetcher, new ArticleExtractor(), new HtmlSanitizer(), metrics);
        storyStore = new StoryStore(database);
        storyDesk = new StoryDesk(storyStore, articles, embedder, ClusterSettings.defaults());
        relatedStore = new RelatedStore(database);
        relatedDesk = new RelatedDesk(relatedStore, index, clock);
        EntryPipeline pipeline = new EntryPipeline(reader, understanding, annotations, storyDesk, articles, index,
                relatedDesk, metrics, clock);
        refresher = new Refresher(fetcher, parser, pipeline, sources, index, relatedDesk, schedule, metrics, clock,
                config.maxReadsPerRefresh());
        reindexer = new Reindexer(sources, articles, annotations, index);
        scheduler = new Scheduler(sources, refresher, clock, config.refreshConcurrency());
        RefreshQueue queue = runScheduler ? scheduler : RefreshQueue.NONE;
        SourceResolver resolver = new SourceResolver(fetcher, parser, new FeedDiscovery());
        sourceService = new SourceService(sources, articles, index, resolver, refresher, queue, new OpmlCodec(), schedule,
                clock);
        readers = new ReaderServices(database, sources, sourceService, resolver, schedule, queue, config.archivePolicy(),
                clock);
        registry.gauge("newsdesk.queue.length", scheduler, Scheduler::queued);
        LlmClient llm = config.llmUrl() == null ? null
                : new LlmClient(LlmSettings.of(java.net.URI.create(config.llmUrl()), config.llmModel(), config.llmKey()));
        assistant = new StoryAssistant(new Once<>(() -> new StoryBrief(llm, storySummarizer.get())),
                new Once<>(() -> new StoryQa(llm, embedder.get())), new Once<>(() -> new Translator(llm)));
    }

    private static FetchSettings fetchSettings(Config config) {
        FetchSettings d = FetchSettings.defaults();
        AddressPolicy policy = config.allowedAddresses().isEmpty() ? AddressPolicy.publicOnly()
                : AddressPolicy.allowing(config.allowedAddresses());
        return new FetchSettings(d.userAgent(), d.connectTimeout(), d.readTimeout(), config.maxFetchBytes(),
                d.maxRedirects(), config.hostDelay(), d.maxRetries(), d.maxRetryWait(), policy);
    }

    /** Starts polling, and finding related articles in the background. */
    void startScheduler() {
        relatedDesk.start();
        scheduler.start();
        readers.startHousekeeping();
    }

    @Override
    public void close() {
        readers.close();
        scheduler.close();
        relatedDesk.close();
        fetcher.close();
        index.close();
        database.close();
        registry.close();
    }
}
