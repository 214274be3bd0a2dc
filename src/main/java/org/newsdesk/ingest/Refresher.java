package org.newsdesk.ingest;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Feed;
import org.newsdesk.domain.FeedEntry;
import org.newsdesk.domain.Polling;
import org.newsdesk.domain.Source;
import org.newsdesk.domain.SourceState;
import org.newsdesk.feed.FeedException;
import org.newsdesk.feed.FeedParser;
import org.newsdesk.fetch.FetchException;
import org.newsdesk.fetch.FetchRequest;
import org.newsdesk.fetch.FetchResult;
import org.newsdesk.fetch.HttpFetcher;
import org.newsdesk.search.SearchIndex;
import org.newsdesk.store.SourceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The refresh use case: fetch a source's feed, run each new or changed entry through the pipeline, record how it
 * went on the source and when to poll it next. A failing feed or entry never stops the others. Thread-safe; one
 * source must not be refreshed by two threads at once (the scheduler sees to it).
 */
public final class Refresher {

    private static final Logger log = LoggerFactory.getLogger(Refresher.class);

    private final HttpFetcher fetcher;
    private final FeedParser parser;
    private final EntryPipeline pipeline;
    private final SourceStore sources;
    private final SearchIndex index;
    private final RelatedDesk related;
    private final PollSchedule schedule;
    private final IngestMetrics metrics;
    private final Clock clock;
    private final int maxReadsPerRefresh;

    public Refresher(HttpFetcher fetcher, FeedParser parser, EntryPipeline pipeline, SourceStore sources, SearchIndex index,
              RelatedDesk related, PollSchedule schedule, IngestMetrics metrics, Clock clock, int maxReadsPerRefresh) {
        this.fetcher = fetcher;
        this.parser = parser;
        this.pipeline = pipeline;
        this.sources = sources;
        this.index = index;
        this.related = related;
        this.schedule = schedule;
        this.metrics = metrics;
        this.clock = clock;
        this.maxReadsPerRefresh = maxReadsPerRefresh;
    }

    public RefreshReport refresh(Source source) {
        Instant started = clock.instant();
        Polling polling = source.polling();
        FetchResult result;
        Feed feed;
        try {
            result = fetcher.fetch(new FetchRequest(URI.create(source.feedUrl()), org.newsdesk.fetch.Purpose.FEED,
                    polling.etag(), polling.lastModified()));
            if (result.notModified()) {
                metrics.feedFetched(true);
                return finish(source, succeeded(polling, started, polling.interval(), result, true), started, true, new Tally());
            }
            feed = parser.parse(result.body(), result.contentType(), result.finalUrl());
            metrics.feedFetched(true);
        } catch (FetchException e) {
            metrics.feedFetched(false);
            return fail(source, e.getMessage(), retryAfter(e, started), started);
        } catch (FeedException e) {
            metrics.feedFetched(false);
            return fail(source, e.getMessage(), null, started);
        } catch (RuntimeException e) {
            log.warn("refresh failed unexpectedly source_id={}", source.id(), e);
            return fail(source, "unexpected error: " + e, null, started);
        }
        Tally tally = ingest(source, feed);
        List<Long> indexed = related.takeIndexed();
        index.commit();
        related.committed(indexed);
        // Entries left for the next poll must not hide behind a 304: keep no validators then.
        Duration interval = tally.complete ? schedule.afterSuccess(publishedTimes(feed)) : schedule.min();
        Polling next = succeeded(polling, started, interval, tally.complete ? result : null, false);
        return finish(source, next, started, false, tally);
    }

    private Tally ingest(Source source, Feed feed) {
        Tally tally = new Tally();
        for (FeedEntry entry : oldestFirst(feed.entries())) {
            if (tally.reads >= maxReadsPerRefresh) {
                tally.complete = false;
                break;
            }
            try {
                switch (pipeline.process(source, entry)) {
                    case ADDED -> { tally.added++; tally.reads++; }
                    case UPDATED -> { tally.updated++; tally.reads++; }
                    case UNCHANGED -> { tally.skipped++; tally.reads++; }
                    case KNOWN -> tally.skipped++;
                }
            } catch (RuntimeException e) {
                tally.failures.add(entry.url() + ": " + e.getMessage());
                log.debug("entry failed source_id={} url={}", source.id(), entry.url(), e);
            }
        }
        return tally;
    }

    private Polling succeeded(Polling previous, Instant now, Duration interval, @Nullable FetchResult result, boolean notModified) {
        String etag = result == null ? null : notModified ? previous.etag() : result.etag();
        String lastModified = result == null ? null : notModified ? previous.lastModified() : result.lastModified();
        return new Polling(SourceState.OK, now, now, now.plus(interval), interval, etag, lastModified, 0, null);
    }

    private RefreshReport fail(Source source, @Nullable String message, @Nullable Duration retryAfter, Instant started) {
        Polling previous = source.polling();
        int failures = previous.failures() + 1;
        Duration interval = schedule.afterFailure(failures, retryAfter);
        String error = Objects.requireNonNullElse(message, "the feed could not be read");
        Polling next = new Polling(SourceState.FAILING, started, previous.lastSuccessAt(), started.plus(interval),
                previous.interval(), previous.etag(), previous.lastModified(), failures, error);
        sources.updatePolling(source.id(), next);
        Duration took = Duration.between(started, clock.instant());
        metrics.refreshed(took);
        log.info("refresh failed source_id={} failures={} next_poll_in_s={} error=\"{}\"", source.id(), failures,
                interval.toSeconds(), error);
        return new RefreshReport(source.id(), source.title(), false, 0, 0, 0, List.of(), error, took);
    }

    private RefreshReport finish(Source source, Polling next, Instant started, boolean notModified, Tally tally) {
        sources.updatePolling(source.id(), next);
        Duration took = Duration.between(started, clock.instant());
        metrics.refreshed(took);
        log.info("refreshed source_id={} not_modified={} added={} updated={} failed={} duration_ms={}", source.id(),
                notModified, tally.added, tally.updated, tally.failures.size(), took.toMillis());
        return new RefreshReport(source.id(), source.title(), notModified, tally.added, tally.updated, tally.skipped,
                tally.failures, null, took);
    }

    private static @Nullable Duration retryAfter(FetchException e, Instant now) {
        Instant at = e.retryAfter();
        return at == null || !at.isAfter(now) ? null : Duration.between(now, at);
    }

    /**
     * Feeds list their newest entries first; taking them oldest first keeps the stream in the order things happened,
     * as the story clusterer expects. Undated entries keep their place after the dated ones.
     */
    private static List<FeedEntry> oldestFirst(List<FeedEntry> entries) {
        List<FeedEntry> sorted = new ArrayList<>(entries);
        sorted.sort(java.util.Comparator.comparing(FeedEntry::published, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        return sorted;
    }

    private static List<Instant> publishedTimes(Feed feed) {
        List<Instant> times = new ArrayList<>();
        for (FeedEntry entry : feed.entries()) if (entry.published() != null) times.add(entry.published());
        return times;
    }

    /** Counts of one refresh, mutable while the entries run. */
    private static final class Tally {
        int added, updated, skipped, reads;
        boolean complete = true;
        final List<String> failures = new ArrayList<>();
    }
}
