package org.newsdesk.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.newsdesk.domain.Outline;
import org.newsdesk.domain.Polling;
import org.newsdesk.domain.Source;
import org.newsdesk.domain.SourceSummary;
import org.newsdesk.feed.FeedException;
import org.newsdesk.feed.OpmlCodec;
import org.newsdesk.feed.OpmlContents;
import org.newsdesk.search.SearchIndex;
import org.newsdesk.store.ArticleStore;
import org.newsdesk.store.SourceStore;

/**
 * What users do with sources, shared by the CLI, the web UI and the API: add (with autodiscovery), list, remove,
 * refresh, OPML import and export, status. Thread-safe.
 */
public final class SourceService {

    /**
     * What an OPML import did.
     *
     * @param failures feeds that could not be followed, each "title: why"
     * @param skipped  entries of the file that were not taken (no or a non-http(s) xmlUrl, a feed listed again)
     */
    public record ImportReport(int added, int alreadySubscribed, List<String> failures, List<String> skipped) {
        public ImportReport {
            failures = List.copyOf(failures);
            skipped = List.copyOf(skipped);
        }
    }

    private final SourceStore sources;
    private final ArticleStore articles;
    private final SearchIndex index;
    private final SourceResolver resolver;
    private final Refresher refresher;
    private final RefreshQueue queue;
    private final OpmlCodec opml;
    private final PollSchedule schedule;
    private final Clock clock;

    public SourceService(SourceStore sources, ArticleStore articles, SearchIndex index, SourceResolver resolver,
                  Refresher refresher, RefreshQueue queue, OpmlCodec opml, PollSchedule schedule, Clock clock) {
        this.sources = sources;
        this.articles = articles;
        this.index = index;
        this.resolver = resolver;
        this.refresher = refresher;
        this.queue = queue;
        this.opml = opml;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** Subscribes to a feed URL, or to the feed a site URL leads to; due for its first fetch at once. */
    public Source add(String url, @Nullable String category) {
        URI given = parseUrl(url);
        for (Source known : sources.list()) {
            if (known.feedUrl().equals(given.toString())) throw alreadySubscribed(known);
        }
        SourceResolver.ResolvedFeed resolved = resolver.resolve(given);
        String feedUrl = resolved.feedUrl().toString();
        var existing = sources.findByFeedUrl(feedUrl);
        if (existing.isPresent()) throw alreadySubscribed(existing.get());
        String title = resolved.feed().title().isBlank() ? resolved.feedUrl().getHost() : resolved.feed().title();
        Source added = sources.add(feedUrl, resolved.feed().siteUrl(), title, blankToNull(category),
                Polling.initial(clock.instant(), schedule.initial()));
        queue.wake();
        return added;
    }

    public List<SourceSummary> list() {
        return sources.summaries();
    }

    public Source get(long id) {
        return sources.find(id).orElseThrow(() -> notFound(id));
    }

    /** Unsubscribes and forgets the source's articles. */
    public void remove(long id) {
        Source source = get(id);
        index.deleteSource(source.id());
        sources.remove(source.id());
        index.commit();
    }

    /** Refreshes one source now, in the caller's thread. */
    public RefreshReport refresh(long id) {
        return refresher.refresh(get(id));
    }

    /** Refreshes every source now, in the caller's thread, telling progress after each. */
    public List<RefreshReport> refreshAll(Progress progress) {
        List<Source> all = sources.list();
        List<RefreshReport> reports = new ArrayList<>();
        for (Source source : all) {
            reports.add(refresher.refresh(source));
            progress.advance(reports.size(), all.size());
        }
        return reports;
    }

    /** Makes a source due now; the scheduler of a running Newsdesk refreshes it within seconds. */
    public void requestRefresh(long id) {
        Source source = get(id);
        sources.updatePolling(id, withNextPoll(source.polling(), clock.instant()));
        queue.wake();
    }

    /** Subscribes to every feed of an OPML file, folders becoming categories; the feeds are fetched when due. */
    public ImportReport importOpml(byte[] document, Progress progress) {
        OpmlContents contents;
        try {
            contents = opml.contents(document);
        } catch (FeedException e) {
            throw new SourceException(SourceException.Reason.INVALID_OPML, e.getMessage(), e);
        }
        List<Outline> outlines = contents.feeds();
        int added = 0, known = 0;
        List<String> failures = new ArrayList<>();
        Instant now = clock.instant();
        for (int i = 0; i < outlines.size(); i++) {
            Outline outline = outlines.get(i);
            try {
                URI url = parseUrl(outline.feedUrl());
                if (sources.findByFeedUrl(url.toString()).isPresent()) {
                    known++;
                } else {
                    String title = outline.title().isBlank() ? url.getHost() : outline.title();
                    sources.add(url.toString(), outline.siteUrl(), title, outline.category(),
                            Polling.initial(now, schedule.initial()));
                    added++;
                }
            } catch (SourceException e) {
                failures.add(outline.title() + ": " + e.getMessage());
            }
            progress.advance(i + 1, outlines.size());
        }
        queue.wake();
        return new ImportReport(added, known, failures, contents.skipped());
    }

    public String exportOpml() {
        List<Outline> outlines = new ArrayList<>();
        for (Source s : sources.list()) outlines.add(new Outline(s.title(), s.feedUrl(), s.siteUrl(), s.category()));
        return opml.write("Newsdesk subscriptions", outlines, clock.instant());
    }

    public IngestStatus status() {
        return new IngestStatus(sources.count(), articles.count(), sources.countFailing(), queue.queued());
    }

    private static Polling withNextPoll(Polling p, Instant at) {
        return new Polling(p.state(), p.lastFetchedAt(), p.lastSuccessAt(), at, p.interval(), p.etag(),
                p.lastModified(), p.failures(), p.lastError());
    }

    static URI parseUrl(String url) {
        String trimmed = url.strip();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new SourceException(SourceException.Reason.INVALID_URL,
                        "not a web address: \"" + trimmed + "\" (expected http:// or https://)");
            }
            return uri.normalize();
        } catch (URISyntaxException e) {
            throw new SourceException(SourceException.Reason.INVALID_URL,
                    "not a web address: \"" + trimmed + "\" (" + e.getReason() + ")", e);
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static SourceException notFound(long id) {
        return new SourceException(SourceException.Reason.NOT_FOUND, "there is no source #" + id);
    }

    private static SourceException alreadySubscribed(Source known) {
        return new SourceException(SourceException.Reason.ALREADY_SUBSCRIBED,
                "already subscribed: source #" + known.id() + " \"" + known.title() + "\" (" + known.feedUrl() + ")");
    }
}
