package org.newsdesk.domain;

/** Where an article's text came from. */
public enum ContentOrigin {
    /** Extracted from the article's own page. */
    PAGE,
    /** The page could not be fetched or read: the feed entry's own content is kept instead. */
    FEED
}
