package org.newsdesk.api.feeds;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A feed about to be written, whatever its format.
 *
 * @param selfUrl the feed's own absolute URL in the format written
 * @param siteUrl the Newsdesk page the feed stands for
 */
record OutgoingFeed(String title, String description, String selfUrl, String siteUrl, Instant updated,
                    List<OutgoingItem> items) {
    OutgoingFeed {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(selfUrl, "selfUrl");
        Objects.requireNonNull(siteUrl, "siteUrl");
        Objects.requireNonNull(updated, "updated");
        items = List.copyOf(items);
    }
}
