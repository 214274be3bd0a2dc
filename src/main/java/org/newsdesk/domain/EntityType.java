package org.newsdesk.domain;

/** What kind of thing a named entity is. */
public enum EntityType {
    PERSON, PLACE, ORGANIZATION,
    /** A name that is none of the above or could not be told apart: an event, a product, a law. */
    OTHER
}
