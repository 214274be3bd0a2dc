package org.newsdesk.ingest;

/** A source could not be added, found or read; the message says what went wrong and where. */
public final class SourceException extends RuntimeException {

    public enum Reason { INVALID_URL, NOT_FOUND, ALREADY_SUBSCRIBED, NO_FEED_FOUND, FETCH_FAILED, NOT_A_FEED, INVALID_OPML, INDEX_BUSY }

    private final Reason reason;

    public SourceException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public SourceException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
