package org.newsdesk.search;

import java.util.Objects;

/**
 * A search as a reader asked for it.
 *
 * @param text    the query text: words, "phrases", -exclusions and operators (see {@link QueryTextParser})
 * @param filters the facets ticked on the page, on top of the operators in the text
 * @param sort    the order of hits
 * @param match   whether every word must match, or any
 * @param offset  the number of hits to skip (paging)
 * @param limit   the number of hits wanted
 */
public record SearchQuery(String text, SearchFilters filters, SortOrder sort, MatchMode match, int offset, int limit) {

    /** How deep paging may go: deeper pages cost more than any reader pages through. */
    public static final int MAX_DEPTH = 10_000;

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(match, "match");
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative, was " + offset);
        if (limit < 1 || limit > 1000) throw new IllegalArgumentException("limit must be 1 to 1000, was " + limit);
        if (offset + limit > MAX_DEPTH) {
            throw new IllegalArgumentException("offset + limit must be at most " + MAX_DEPTH + ", was " + (offset + limit));
        }
    }

    /** A search by relevance for every word, without ticked facets. */
    public SearchQuery(String text, int offset, int limit) {
        this(text, SearchFilters.none(), SortOrder.RELEVANCE, MatchMode.ALL, offset, limit);
    }

    /** The first 20 hits of a text. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, 0, 20);
    }

    public SearchQuery withText(String newText) {
        return new SearchQuery(newText, filters, sort, match, offset, limit);
    }

    public SearchQuery withFilters(SearchFilters newFilters) {
        return new SearchQuery(text, newFilters, sort, match, offset, limit);
    }

    public SearchQuery withSort(SortOrder newSort) {
        return new SearchQuery(text, filters, newSort, match, offset, limit);
    }

    public SearchQuery withMatch(MatchMode newMatch) {
        return new SearchQuery(text, filters, sort, newMatch, offset, limit);
    }

    /** The page of hits starting at offset, of the same size. */
    public SearchQuery withOffset(int newOffset) {
        return new SearchQuery(text, filters, sort, match, newOffset, limit);
    }

    public SearchQuery withLimit(int newLimit) {
        return new SearchQuery(text, filters, sort, match, offset, newLimit);
    }
}
