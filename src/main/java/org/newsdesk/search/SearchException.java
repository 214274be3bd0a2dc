package org.newsdesk.search;

/** The index could not be read or written, or a query could not be understood. */
public final class SearchException extends RuntimeException {

    public enum Reason {
        BAD_QUERY,
        UNAVAILABLE,
        /** Another process (a running Newsdesk) holds the index. */
        BUSY
    }

    private final Reason reason;

    public SearchException(Reason reason, String message, @org.jspecify.annotations.Nullable Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
