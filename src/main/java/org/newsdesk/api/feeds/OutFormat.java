package org.newsdesk.api.feeds;

import java.util.Locale;
import java.util.Optional;

/** The formats feeds go out in, named by the last segment of their URL. */
enum OutFormat {
    RSS("application/rss+xml; charset=utf-8"),
    ATOM("application/atom+xml; charset=utf-8"),
    JSON("application/feed+json; charset=utf-8");

    private final String contentType;

    OutFormat(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    String segment() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<OutFormat> of(String segment) {
        for (OutFormat f : values()) if (f.segment().equalsIgnoreCase(segment)) return Optional.of(f);
        return Optional.empty();
    }
}
