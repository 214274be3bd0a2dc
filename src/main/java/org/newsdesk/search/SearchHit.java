package org.newsdesk.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One matching article.
 *
 * @param titleHtml the title, HTML-escaped, matches wrapped in {@code <mark>}
 * @param snippet   a short extract of the body around the matches (else its opening), HTML-escaped, matches wrapped
 *                  in {@code <mark>}
 * @param score     the relevance score, 0 when hits are sorted by date
 */
public record SearchHit(long articleId, long sourceId, String title, String url, String sourceTitle,
                        Instant shownAt, float score, String snippet, String titleHtml, @Nullable String byline,
                        @Nullable String language, List<String> categories, List<String> tags) {
    public SearchHit {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(sourceTitle, "sourceTitle");
        Objects.requireNonNull(shownAt, "shownAt");
        Objects.requireNonNull(snippet, "snippet");
        Objects.requireNonNull(titleHtml, "titleHtml");
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
    }
}
