package org.newsdesk.domain;

import java.time.Instant;
import java.util.Objects;

/** An article's id with what sync clients need to place it, without its text: for long id listings. */
public record ItemRef(long articleId, long sourceId, Instant fetchedAt, boolean read, boolean starred) {
    public ItemRef {
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }
}
