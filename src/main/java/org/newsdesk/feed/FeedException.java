package org.newsdesk.feed;

import java.util.Objects;

/**
 * Why a feed or an OPML file could not be read. The message is meant for a person (it names the document and says
 * what was wrong); {@link #reason()} is stable for code to branch on.
 */
public final class FeedException extends RuntimeException {

    /** What went wrong, in categories callers act on. */
    public enum Reason {
        /** The document is something else than a feed (JSON, another XML vocabulary, plain text, binary). */
        NOT_A_FEED,
        /** The document is an HTML page: the caller may run feed discovery on it. */
        HTML_PAGE,
        /** The document looks like a feed but is not well-formed XML or JSON. */
        MALFORMED,
        /** The document declares a DOCTYPE (a way to expand entity bombs or read local files): refused. */
        UNSAFE_XML,
        /** The document lists more items than Newsdesk accepts in one go (OPML files only; feeds are capped). */
        TOO_MANY_ENTRIES,
        /** The document is empty or holds only whitespace. */
        EMPTY
    }

    private static final long serialVersionUID = 1L;

    private final Reason reason;

    public FeedException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public FeedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
