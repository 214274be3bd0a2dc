package org.newsdesk.domain;

import java.util.Objects;

/** A link a page lists as a related article, kept apart from the body. */
public record RelatedLink(String title, String url) {
    public RelatedLink {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
    }
}
