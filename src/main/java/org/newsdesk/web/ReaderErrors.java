package org.newsdesk.web;

import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import org.newsdesk.readers.ReaderException;

/** Turns what the readers' services refuse into what a person reads on a page, and an HTTP status. */
final class ReaderErrors {

    private ReaderErrors() {}

    static HttpStatus status(ReaderException e) {
        return switch (e.reason()) {
            case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
            case TAKEN -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case SIGN_IN_FAILED -> HttpStatus.UNAUTHORIZED;
            case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
            case SOURCE_FAILED -> HttpStatus.BAD_GATEWAY;
        };
    }

    /** The message with a capital letter and a full stop, and for a rate limit how long to wait. */
    static String message(ReaderException e) {
        String text = e.getMessage() == null ? "That could not be done" : e.getMessage();
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        if (!text.endsWith(".")) text += ".";
        Duration wait = e.retryAfter();
        if (e.reason() == ReaderException.Reason.RATE_LIMITED && wait != null) {
            text += " Try again in " + TimeText.span(wait) + ".";
        }
        return text;
    }

    static HttpResponseException page(ReaderException e) {
        return new HttpResponseException(status(e).getCode(), message(e));
    }
}
