package org.newsdesk.search;

/** The order of hits. A query without words sorts by {@link #NEWEST} even when {@link #RELEVANCE} is asked. */
public enum SortOrder {
    /** BM25 score, best first. */
    RELEVANCE,
    /** Shown time (published, else fetched), newest first. */
    NEWEST,
    OLDEST
}
