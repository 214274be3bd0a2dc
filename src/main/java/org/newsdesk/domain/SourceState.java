package org.newsdesk.domain;

/** How a source is doing. */
public enum SourceState {
    /** Not fetched yet. */
    NEW,
    /** The last fetch succeeded. */
    OK,
    /** The last fetch failed: see the source's error; polls back off. */
    FAILING
}
