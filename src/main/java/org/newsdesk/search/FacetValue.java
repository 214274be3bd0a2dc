package org.newsdesk.search;

import java.util.Objects;

/**
 * One value of a facet and how many hits have it.
 *
 * @param value what to filter by: a source id, a category or tag as written, a language code, a {@link DateBucket} name
 * @param label what to show: the source's title, the category, the language's English name, the bucket's words
 * @param exact whether the count is exact; otherwise it is estimated from a sample of the hits (searches matching
 *              many articles), rounded to two significant digits, and pages show it as approximate
 */
public record FacetValue(String value, String label, long count, boolean exact) {
    public FacetValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
        if (count < 0) throw new IllegalArgumentException("count must not be negative, was " + count);
    }

    /** A value with an exact count. */
    public FacetValue(String value, String label, long count) {
        this(value, label, count, true);
    }
}
