package org.newsdesk.domain;

/** The syndication formats Newsdesk reads. */
public enum FeedFormat {
    RSS, ATOM, JSON_FEED
}
