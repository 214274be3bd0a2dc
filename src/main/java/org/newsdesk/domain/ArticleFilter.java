package org.newsdesk.domain;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which articles a listing shows: all, or those of one source, category or tag (labels compared without case).
 */
public record ArticleFilter(@Nullable Long sourceId, @Nullable String category, @Nullable String tag) {

    public static final ArticleFilter ALL = new ArticleFilter(null, null, null);

    public static ArticleFilter source(long id) {
        return new ArticleFilter(id, null, null);
    }

    public static ArticleFilter category(String name) {
        return new ArticleFilter(null, name, null);
    }

    public static ArticleFilter tag(String name) {
        return new ArticleFilter(null, null, name);
    }

    /** The form labels are compared in: "Port strike", "port-strike" and "PORT_STRIKE" are one label. */
    public static String key(String label) {
        return label.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
    }
}
