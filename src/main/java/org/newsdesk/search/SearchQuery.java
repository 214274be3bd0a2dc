package org.newsdesk.search;

import java.util.Objects;

/**
 * A search as a reader typed it.
 *
 * @param text   the query text: words, "phrases", -exclusions
 * @param offset the number of hits to skip (paging)
 * @param limit  the number of hits wanted
 */
public record SearchQuery(String text, int offset, int limit) {
    public SearchQuery {
        Objects.requireNonNull(text, "text");
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative, was " + offset);
        if (limit < 1 || limit > 1000) throw new IllegalArgumentException("limit must be 1 to 1000, was " + limit);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, 0, 20);
    }
}
