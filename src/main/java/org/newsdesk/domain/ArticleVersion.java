package org.newsdesk.domain;

import java.time.Instant;
import java.util.Objects;

/** An earlier text of an article, kept when a later fetch changed it. */
public record ArticleVersion(long articleId, int version, Instant fetchedAt, ArticleContent content) {
    public ArticleVersion {
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(content, "content");
    }
}
