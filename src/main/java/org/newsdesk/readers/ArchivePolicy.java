package org.newsdesk.readers;

import java.time.Duration;
import java.util.Objects;

/**
 * How long reading state is kept apart for each article.
 *
 * @param keepUnread articles first fetched longer ago than this count as read: their exceptions fold into the
 *                   readers' markers, so reading state stays small, and a new subscriber does not start with years
 *                   of unread articles
 * @param keepRead   read articles first fetched longer ago than this leave the reader's lists (unread, read, the
 *                   sync APIs' streams) unless the reader starred them; the shared article stays, in search and on
 *                   the public pages, and other readers keep their own view of it
 */
public record ArchivePolicy(Duration keepUnread, Duration keepRead) {
    public ArchivePolicy {
        Objects.requireNonNull(keepUnread, "keepUnread");
        Objects.requireNonNull(keepRead, "keepRead");
        if (keepUnread.isNegative() || keepUnread.isZero()) throw new IllegalArgumentException("keepUnread must be positive");
        if (keepRead.isNegative() || keepRead.isZero()) throw new IllegalArgumentException("keepRead must be positive");
    }

    /** Unread for 30 days, read articles for 60. */
    public static ArchivePolicy defaults() {
        return new ArchivePolicy(Duration.ofDays(30), Duration.ofDays(60));
    }
}
