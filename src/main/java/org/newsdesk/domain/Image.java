package org.newsdesk.domain;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An image shown with an article: its absolute URL, caption and credit (photographer, agency). */
public record Image(String url, @Nullable String caption, @Nullable String credit) {
    public Image {
        Objects.requireNonNull(url, "url");
    }
}
