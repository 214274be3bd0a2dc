package org.newsdesk.domain;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A followed news source: one feed.
 *
 * @param feedUrl  the feed's URL (after autodiscovery, when a site URL was given)
 * @param siteUrl  the site's home page, as the feed names it
 * @param category the user's folder for the source (OPML), if any
 */
public record Source(
        long id,
        String feedUrl,
        @Nullable String siteUrl,
        String title,
        @Nullable String category,
        Instant createdAt,
        Polling polling) {

    public Source {
        Objects.requireNonNull(feedUrl, "feedUrl");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(polling, "polling");
    }

    public Source withPolling(Polling next) {
        return new Source(id, feedUrl, siteUrl, title, category, createdAt, next);
    }
}
