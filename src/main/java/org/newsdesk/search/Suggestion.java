package org.newsdesk.search;

import java.util.Objects;

/**
 * Another search to offer when one found nothing, with the number of hits it would give (always more than 0).
 *
 * @param query the search to run instead: show {@code query.text()}, link with all of it
 */
public record Suggestion(Kind kind, SearchQuery query, long count) {

    public enum Kind {
        /** Misspelt words replaced by similar words the index holds: "Did you mean …". */
        SPELLING,
        /** The same words without operators and ticked facets. */
        WITHOUT_FILTERS,
        /** Any of the words instead of all of them. */
        ANY_WORD,
        /** The phrases' words anywhere, not side by side. */
        WITHOUT_QUOTES
    }

    public Suggestion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(query, "query");
        if (count < 1) throw new IllegalArgumentException("a suggestion must find something, count was " + count);
    }
}
