package org.newsdesk.domain;

import java.time.Instant;
import java.util.Objects;

/** A quote as a page lists it: with the article it came from and when that was published. */
public record SaidQuote(long articleId, Quote quote, Instant shownAt) {
    public SaidQuote {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(shownAt, "shownAt");
    }
}
