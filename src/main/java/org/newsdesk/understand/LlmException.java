package org.newsdesk.understand;

/** The AI service could not give an answer. The message says why in words a reader can see; it never holds the key. */
public final class LlmException extends RuntimeException {

    /** Why, stable for code to act on. */
    public enum Reason {
        /** No service is configured. */
        NOT_CONFIGURED,
        /** The service could not be reached (refused, unknown host, connection dropped). */
        UNREACHABLE,
        /** The service did not answer within the time-out. */
        TIMED_OUT,
        /** The service refused the request (a wrong key, an unknown model, a bad request). */
        REJECTED,
        /** The service failed (5xx) or stayed busy (429) after the retries. */
        FAILED,
        /** The answer was not what was asked for: not JSON, no text, or text of the wrong shape. */
        BAD_ANSWER,
        /** Today's request or token budget is used up. */
        BUDGET_EXHAUSTED
    }

    private final Reason reason;

    public LlmException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public LlmException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
