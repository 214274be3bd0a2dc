package org.newsdesk.search;

import java.util.List;
import java.util.Objects;

/**
 * A page of hits, how many there are in all, and what a search page shows around them.
 *
 * @param total       how many articles match: exact when {@code totalExact}, else an estimate from a sample of the
 *                    matches (searches matching many articles), rounded to two significant digits
 * @param parsed      how the query text was understood (its filters for removable chips, its warnings)
 * @param suggestions other searches that would find something, when this one found nothing
 */
public record SearchHits(long total, boolean totalExact, List<SearchHit> hits, Facets facets, ParsedQuery parsed,
                         List<Suggestion> suggestions) {
    public SearchHits {
        if (total < 0) throw new IllegalArgumentException("total must not be negative, was " + total);
        hits = List.copyOf(hits);
        Objects.requireNonNull(facets, "facets");
        Objects.requireNonNull(parsed, "parsed");
        suggestions = List.copyOf(suggestions);
    }

    /** Hits with an exact total. */
    public SearchHits(long total, List<SearchHit> hits, Facets facets, ParsedQuery parsed, List<Suggestion> suggestions) {
        this(total, true, hits, facets, parsed, suggestions);
    }

    public SearchHits(long total, List<SearchHit> hits) {
        this(total, true, hits, Facets.none(), ParsedQuery.empty(), List.of());
    }
}
