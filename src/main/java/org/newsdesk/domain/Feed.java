package org.newsdesk.domain;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A parsed feed document. */
public record Feed(
        FeedFormat format,
        String title,
        @Nullable String siteUrl,
        @Nullable String description,
        List<FeedEntry> entries) {

    public Feed {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(title, "title");
        entries = List.copyOf(entries);
    }
}
