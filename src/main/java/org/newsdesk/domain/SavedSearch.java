package org.newsdesk.domain;

import java.time.Instant;
import java.util.Objects;

/** A reader's named search, shown beside their folders and offered as a feed. */
public record SavedSearch(long id, long readerId, String name, String query, Instant createdAt) {
    public SavedSearch {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(createdAt, "createdAt");
        if (name.isBlank()) throw new IllegalArgumentException("a saved search's name must not be blank");
        if (query.isBlank()) throw new IllegalArgumentException("a saved search's query must not be blank");
    }
}
