package org.newsdesk.store;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a list shows of an article (title, time, lead, image) without its body: cards of related articles are read
 * on every article page, and reading whole articles for them costs the body and the decoding of every field.
 *
 * @param lead the standfirst, or else the opening of the body text ({@value ArticleListing#LEAD_CHARS} characters
 *             at most): enough for a card's lead
 */
public record ArticleTeaser(long id, long sourceId, String title, Instant shownAt, String lead, @Nullable String imageUrl) {
    public ArticleTeaser {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(shownAt, "shownAt");
        Objects.requireNonNull(lead, "lead");
    }
}
