package org.newsdesk.extract;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a page says about its article outside the body text.
 *
 * @param jsonLdBody the article body as the page's JSON-LD gives it, used to find the body in the DOM
 * @param leadImageUrl absolute URL of the page's main image
 */
record PageMetadata(
        String title,
        List<String> authors,
        @Nullable Instant published,
        @Nullable Instant updated,
        @Nullable String siteName,
        @Nullable String language,
        @Nullable String canonicalUrl,
        @Nullable String leadImageUrl,
        @Nullable String leadImageCaption,
        @Nullable String leadImageCredit,
        @Nullable String description,
        List<String> tags,
        @Nullable String jsonLdBody) {

    PageMetadata {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
    }
}
