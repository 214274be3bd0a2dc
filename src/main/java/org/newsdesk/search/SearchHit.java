package org.newsdesk.search;

import java.time.Instant;
import java.util.Objects;

/**
 * One matching article.
 *
 * @param snippet a short extract of the body around the matches, HTML-escaped, matches wrapped in {@code <mark>}
 */
public record SearchHit(long articleId, long sourceId, String title, String url, String sourceTitle,
                        Instant shownAt, float score, String snippet) {
    public SearchHit {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(snippet, "snippet");
    }
}
