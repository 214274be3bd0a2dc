package org.newsdesk.search;

import java.util.Objects;

/**
 * One value of a facet and how many hits have it.
 *
 * @param value what to filter by: a source id, a category or tag as written, a language code, a {@link DateBucket} name
 * @param label what to show: the source's title, the category, the bucket's words
 */
public record FacetValue(String value, String label, long count) {
    public FacetValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
        if (count < 0) throw new IllegalArgumentException("count must not be negative, was " + count);
    }
}
