package org.newsdesk.demo;

/** Why the demo network could not start: the one exception type of this package. */
public final class DemoNetworkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A stable reason, for callers that react differently to each. */
    public enum Reason {
        /** The port is taken or the loopback address cannot be bound. */
        CANNOT_LISTEN,
        /** An article file or the index under {@code demo/articles/} is malformed: a mistake in the content. */
        BROKEN_CONTENT
    }

    private final Reason reason;

    public DemoNetworkException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public DemoNetworkException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
