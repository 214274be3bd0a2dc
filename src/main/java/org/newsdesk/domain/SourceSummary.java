package org.newsdesk.domain;

import java.util.Objects;

/** A source with how many articles it has given, for listings. */
public record SourceSummary(Source source, long articleCount) {
    public SourceSummary {
        Objects.requireNonNull(source, "source");
        if (articleCount < 0) throw new IllegalArgumentException("articleCount must not be negative");
    }
}
