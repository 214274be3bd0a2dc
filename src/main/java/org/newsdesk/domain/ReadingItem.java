package org.newsdesk.domain;

import java.util.Objects;

/** An article as one reader sees it: with their read and starred marks. */
public record ReadingItem(Article article, boolean read, boolean starred) {
    public ReadingItem {
        Objects.requireNonNull(article, "article");
    }

    public long id() {
        return article.id();
    }
}
