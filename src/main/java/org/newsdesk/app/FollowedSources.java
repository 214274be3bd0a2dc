package org.newsdesk.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.newsdesk.domain.Outline;
import org.newsdesk.domain.Polling;
import org.newsdesk.domain.Source;
import org.newsdesk.ingest.PollSchedule;
import org.newsdesk.ingest.RefreshQueue;
import org.newsdesk.ingest.SourceException;
import org.newsdesk.ingest.SourceResolver;
import org.newsdesk.ingest.SourceService;
import org.newsdesk.readers.ReaderException;
import org.newsdesk.readers.SourceFollower;
import org.newsdesk.store.SourceStore;
import org.newsdesk.store.StoreException;

/**
 * The ingest side's answer to a reader subscribing: the source already followed for a URL, else a new one added
 * through {@link SourceService} (fetching the URL, discovering its feed). Thread-safe.
 */
final class FollowedSources implements SourceFollower {
    private final SourceService service;
    private final SourceStore sources;
    private final SourceResolver resolver;
    private final PollSchedule schedule;
    private final RefreshQueue queue;
    private final Clock clock;

    FollowedSources(SourceService service, SourceStore sources, SourceResolver resolver, PollSchedule schedule,
                    RefreshQueue queue, Clock clock) {
        this.service = service;
        this.sources = sources;
        this.resolver = resolver;
        this.schedule = schedule;
        this.queue = queue;
        this.clock = clock;
    }

    @Override
    public Source follow(String url) {
        URI given = parse(url);
        Optional<Source> known = sources.findByFeedUrl(given.toString());
        if (known.isPresent()) return known.get();
        try {
            return service.add(given.toString(), null);
        } catch (SourceException e) {
            if (e.reason() != SourceException.Reason.ALREADY_SUBSCRIBED) throw failed(e);
            // A site URL whose feed Newsdesk follows already: find that feed again to name the source.
            try {
                String feedUrl = resolver.resolve(given).feedUrl().toString();
                return sources.findByFeedUrl(feedUrl).orElseThrow(() -> failed(e));
            } catch (SourceException again) {
                throw failed(again);
            }
        }
    }

    @Override
    public Source follow(Outline outline) {
        URI url = parse(outline.feedUrl());
        Optional<Source> known = sources.findByFeedUrl(url.toString());
        if (known.isPresent()) return known.get();
        String title = outline.title().isBlank() ? url.getHost() : outline.title();
        try {
            Source added = sources.add(url.toString(), outline.siteUrl(), title, outline.category(),
                    Polling.initial(clock.instant(), schedule.initial()));
            queue.wake();
            return added;
        } catch (StoreException e) {
            if (e.reason() != StoreException.Reason.DUPLICATE) throw e;
            return sources.findByFeedUrl(url.toString()).orElseThrow(() -> e);
        }
    }

    private static URI parse(String url) {
        String trimmed = url == null ? "" : url.strip();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) return uri.normalize();
        } catch (URISyntaxException e) {
            // Said below, in the reader's words.
        }
        throw new ReaderException(ReaderException.Reason.SOURCE_FAILED,
                "not a web address: \"" + trimmed + "\" (expected http:// or https://)");
    }

    private static ReaderException failed(SourceException e) {
        return new ReaderException(ReaderException.Reason.SOURCE_FAILED, e.getMessage(), e);
    }
}
