package org.newsdesk.domain;

/** The kinds of labels an article carries and pages gather articles by. */
public enum LabelKind {
    /** A section or topic: the feed's, the source's folder, the page's section, or a derived topic or place. */
    CATEGORY,
    /** A hashtag: the page's own tags and keywords, or the people, places and things the article is about. */
    TAG
}
