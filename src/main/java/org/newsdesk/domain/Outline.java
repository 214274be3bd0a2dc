package org.newsdesk.domain;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One subscription in an OPML file.
 *
 * @param category the folder the outline sits in, used as the source's category
 */
public record Outline(String title, String feedUrl, @Nullable String siteUrl, @Nullable String category) {
    public Outline {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(feedUrl, "feedUrl");
    }
}
