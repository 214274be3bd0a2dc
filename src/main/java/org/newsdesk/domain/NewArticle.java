package org.newsdesk.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** An article ready to be stored for the first time (the store gives it its id and version 1). */
public record NewArticle(
        long sourceId,
        String url,
        String identity,
        ContentOrigin origin,
        Instant fetchedAt,
        List<String> categories,
        ArticleContent content) {

    public NewArticle {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(content, "content");
        categories = List.copyOf(categories);
    }
}
