package org.newsdesk.ingest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.domain.Feed;
import org.newsdesk.feed.FeedDiscovery;
import org.newsdesk.feed.FeedException;
import org.newsdesk.feed.FeedParser;
import org.newsdesk.fetch.FetchException;
import org.newsdesk.fetch.FetchRequest;
import org.newsdesk.fetch.FetchResult;
import org.newsdesk.fetch.HttpFetcher;

/**
 * Turns the URL a user gives into a feed: the URL itself when it is a feed, else the feeds its page advertises,
 * else the common feed paths of its site. Thread-safe.
 */
public final class SourceResolver {

    /** A feed found for a URL. */
    public record ResolvedFeed(URI feedUrl, Feed feed) {}

    private final HttpFetcher fetcher;
    private final FeedParser parser;
    private final FeedDiscovery discovery;

    public SourceResolver(HttpFetcher fetcher, FeedParser parser, FeedDiscovery discovery) {
        this.fetcher = fetcher;
        this.parser = parser;
        this.discovery = discovery;
    }

    public ResolvedFeed resolve(URI url) {
        FetchResult page = fetch(url);
        try {
            return new ResolvedFeed(page.finalUrl(), parser.parse(page.body(), page.contentType(), page.finalUrl()));
        } catch (FeedException notFeed) {
            if (!discovery.looksLikeHtml(page.body(), page.contentType())) {
                throw new SourceException(SourceException.Reason.NOT_A_FEED, notFeed.getMessage(), notFeed);
            }
        }
        List<String> problems = new ArrayList<>();
        for (URI advertised : discovery.advertised(page.text(), page.finalUrl())) {
            try {
                return load(advertised);
            } catch (FetchException | FeedException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new SourceException(SourceException.Reason.NO_FEED_FOUND,
                    "the page at " + url + " advertises a feed, but it could not be read: " + problems.getFirst());
        }
        for (URI guess : discovery.commonPaths(page.finalUrl())) {
            try {
                return load(guess);
            } catch (FetchException | FeedException e) {
                // Guesses are expected to miss: only a found feed matters.
            }
        }
        throw new SourceException(SourceException.Reason.NO_FEED_FOUND,
                "not a feed: the page at " + url + " is HTML and advertises no feed");
    }

    private ResolvedFeed load(URI feedUrl) {
        FetchResult result = fetcher.fetch(FetchRequest.feed(feedUrl));
        return new ResolvedFeed(result.finalUrl(), parser.parse(result.body(), result.contentType(), result.finalUrl()));
    }

    private FetchResult fetch(URI url) {
        try {
            return fetcher.fetch(FetchRequest.feed(url));
        } catch (FetchException e) {
            throw new SourceException(SourceException.Reason.FETCH_FAILED, e.getMessage(), e);
        }
    }
}
