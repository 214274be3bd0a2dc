package org.newsdesk.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * How many articles of a source a reader has not read.
 *
 * @param newestFetchedAt when the newest of those unread articles was first fetched
 */
public record UnreadCount(long sourceId, long unread, Instant newestFetchedAt) {
    public UnreadCount {
        Objects.requireNonNull(newestFetchedAt, "newestFetchedAt");
        if (unread < 0) throw new IllegalArgumentException("unread must not be negative, was " + unread);
    }
}
