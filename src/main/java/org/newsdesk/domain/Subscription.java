package org.newsdesk.domain;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A reader's subscription to a source. Sources are shared: each is fetched once however many readers follow it.
 *
 * @param folder      the reader's folder for it, if any
 * @param customTitle the reader's own name for the source; null to use the source's title
 */
public record Subscription(long readerId, Source source, @Nullable Folder folder, @Nullable String customTitle,
                           Instant subscribedAt) {
    public Subscription {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(subscribedAt, "subscribedAt");
    }

    public long sourceId() {
        return source.id();
    }

    /** The title the reader sees. */
    public String title() {
        return customTitle != null ? customTitle : source.title();
    }
}
