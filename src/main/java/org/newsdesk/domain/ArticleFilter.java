package org.newsdesk.domain;

import java.util.Locale;
import java.util.regex.Pattern;
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

    private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");

    /**
     * The form labels are compared in: "Port strike", "port-strike" and "PORT_STRIKE" are one label. (Every label an
     * article page shows is keyed: the expression is compiled once, not once a label.)
     */
    public static String key(String label) {
        return SEPARATORS.matcher(label.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}
