package org.newsdesk.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One item of a feed, as the feed states it.
 *
 * @param guid        the feed's own identifier for the item, when it gives one
 * @param url         the absolute link to the article page
 * @param contentHtml the full content the feed carries (unsanitized remote HTML), if any
 * @param summaryHtml the feed's summary or description (unsanitized remote HTML), if any
 */
public record FeedEntry(
        @Nullable String guid,
        String url,
        String title,
        @Nullable String author,
        @Nullable Instant published,
        @Nullable Instant updated,
        @Nullable String contentHtml,
        @Nullable String summaryHtml,
        List<String> categories,
        @Nullable String imageUrl) {

    public FeedEntry {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        categories = List.copyOf(categories);
    }

    /** The key that makes an entry unique within its source: the GUID, else the link. */
    public String identity() {
        return guid != null && !guid.isBlank() ? guid : url;
    }
}
