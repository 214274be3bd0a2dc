package org.newsdesk.search;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What search results can be narrowed and counted by. All but {@link #DATE} can also be named in the query text
 * with an operator ({@code source:}, {@code category:}, {@code tag:}, {@code lang:}).
 */
public enum FacetField {
    SOURCE("source", "Source"),
    CATEGORY("category", "Category"),
    TAG("tag", "Tag"),
    LANGUAGE("lang", "Language"),
    /** Counted in {@link DateBucket}s; narrowed in the text with {@code after:} and {@code before:}. */
    DATE(null, "Date");

    private final @Nullable String operator;
    private final String label;

    FacetField(@Nullable String operator, String label) {
        this.operator = operator;
        this.label = label;
    }

    /** The operator readers type before a value, or null for {@link #DATE}. */
    public @Nullable String operator() {
        return operator;
    }

    /** The field's name as pages show it. */
    public String label() {
        return label;
    }

    /** The field an operator names ({@code lang} and {@code language} both name {@link #LANGUAGE}), case-insensitive. */
    public static Optional<FacetField> byOperator(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("language")) return Optional.of(LANGUAGE);
        for (FacetField field : values()) {
            if (lower.equals(field.operator)) return Optional.of(field);
        }
        return Optional.empty();
    }
}
