package org.newsdesk.search;

import java.util.List;

/** A page of hits and how many there are in all. */
public record SearchHits(long total, List<SearchHit> hits) {
    public SearchHits {
        hits = List.copyOf(hits);
    }
}
