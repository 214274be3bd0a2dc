package org.newsdesk.search;

import java.util.Objects;

/**
 * A {@code field:value} operator from the query text, e.g. {@code category:"Northern Ireland"} or {@code -tag:sport}.
 * Values match case- and accent-insensitively; {@code source:} matches words of the source's title.
 *
 * @param excluded true when the operator was negated with a leading minus
 */
public record FieldFilter(FacetField field, String value, boolean excluded) {
    public FieldFilter {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        if (field == FacetField.DATE) throw new IllegalArgumentException("dates are filtered with after: and before:");
        value = value.strip();
        if (value.isEmpty()) throw new IllegalArgumentException("a " + field.operator() + ": filter needs a value");
    }

    /** The operator as a reader would type it, quoting a value with spaces. */
    public String text() {
        return (excluded ? "-" : "") + field.operator() + ":" + ParsedQuery.quoteIfNeeded(value);
    }
}
