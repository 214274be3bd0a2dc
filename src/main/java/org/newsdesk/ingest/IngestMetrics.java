package org.newsdesk.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/** The ingest meters, registered once. Thread-safe. */
public final class IngestMetrics {

    private final Counter feedFetches;
    private final Counter feedErrors;
    private final Counter pageFetches;
    private final Counter pageErrors;
    private final Counter articlesAdded;
    private final Counter articlesUpdated;
    private final Timer refreshes;

    public IngestMetrics(MeterRegistry registry) {
        feedFetches = Counter.builder("newsdesk.fetches").tag("kind", "feed").description("feed fetches").register(registry);
        feedErrors = Counter.builder("newsdesk.fetch.errors").tag("kind", "feed").description("failed feed fetches or parses").register(registry);
        pageFetches = Counter.builder("newsdesk.fetches").tag("kind", "page").description("article page fetches").register(registry);
        pageErrors = Counter.builder("newsdesk.fetch.errors").tag("kind", "page").description("failed article page fetches").register(registry);
        articlesAdded = Counter.builder("newsdesk.articles.stored").tag("change", "added").register(registry);
        articlesUpdated = Counter.builder("newsdesk.articles.stored").tag("change", "updated").register(registry);
        refreshes = Timer.builder("newsdesk.refresh.duration").description("time to refresh one source").register(registry);
    }

    void feedFetched(boolean ok) {
        feedFetches.increment();
        if (!ok) feedErrors.increment();
    }

    void pageFetched(boolean ok) {
        pageFetches.increment();
        if (!ok) pageErrors.increment();
    }

    void articleAdded() {
        articlesAdded.increment();
    }

    void articleUpdated() {
        articlesUpdated.increment();
    }

    void refreshed(Duration duration) {
        refreshes.record(duration);
    }
}
