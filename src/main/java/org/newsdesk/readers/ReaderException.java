package org.newsdesk.readers;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** What a reader asked for could not be done. Unchecked; the reason is stable, the message is for people. */
public final class ReaderException extends RuntimeException {

    /** The stable reasons callers map to answers (HTTP statuses, exit codes). */
    public enum Reason {
        /** The input was not acceptable (a blank name, a short password, an empty comment): the message says why. */
        INVALID,
        /** A name (of a reader, folder or saved search) is in use already. */
        TAKEN,
        /** No such reader, comment, subscription… for this reader. */
        NOT_FOUND,
        /** The reader may not do this (not an admin, not the author, banned from commenting). */
        FORBIDDEN,
        /** The name and password (or app password, or token) do not match. */
        SIGN_IN_FAILED,
        /** Too many attempts: see {@link #retryAfter()}. */
        RATE_LIMITED,
        /** A source could not be followed: the URL leads to no feed, or fetching it failed. */
        SOURCE_FAILED
    }

    private final Reason reason;
    private final @Nullable Duration retryAfter;

    public ReaderException(Reason reason, String message) {
        this(reason, message, null, null);
    }

    public ReaderException(Reason reason, String message, @Nullable Throwable cause) {
        this(reason, message, null, cause);
    }

    private ReaderException(Reason reason, String message, @Nullable Duration retryAfter, @Nullable Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    /** Too many attempts; the caller may try again after {@code retryAfter}. */
    public static ReaderException rateLimited(String message, Duration retryAfter) {
        return new ReaderException(Reason.RATE_LIMITED, message, retryAfter, null);
    }

    public Reason reason() {
        return reason;
    }

    /** For {@link Reason#RATE_LIMITED}: how long to wait. */
    public @Nullable Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public String toString() {
        return "ReaderException(" + reason + "): " + getMessage();
    }
}
