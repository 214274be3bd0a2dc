package org.newsdesk.search;

/** Whether a hit must contain every word and phrase of the query or any one of them. */
public enum MatchMode {
    ALL,
    ANY
}
