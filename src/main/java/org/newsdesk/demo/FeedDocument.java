package org.newsdesk.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.List;

/** One syndication format. Implementations are thread-safe: they hold only immutable settings. */
sealed interface FeedDocument permits RssFeed, AtomFeed, JsonFeed {

    /** The Content-Type header value, charset included. */
    String contentType();

    /** The feed document for an outlet's entries, newest first. */
    String render(List<Edition> entries);

    static FeedDocument of(Outlet outlet, URI base, ObjectMapper json) {
        return switch (outlet) {
            case HARBOR_TIMES, VALLEY_DISPATCH -> new RssFeed(outlet, base);
            case NORTHFIELD_LEDGER -> new AtomFeed(outlet, base);
            case MERIDIAN_WIRE -> new JsonFeed(outlet, base, json);
        };
    }
}
