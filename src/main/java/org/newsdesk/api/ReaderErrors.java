package org.newsdesk.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Duration;
import org.newsdesk.readers.ReaderException;

/** How the APIs answer a reader's failed request: one HTTP status per reason, the message as plain text. */
public final class ReaderErrors {
    private ReaderErrors() {}

    public static int status(ReaderException e) {
        return switch (e.reason()) {
            case INVALID, SOURCE_FAILED -> 400;
            case SIGN_IN_FAILED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case TAKEN -> 409;
            case RATE_LIMITED -> 429;
        };
    }

    /** Answers the failure: its status, Retry-After when rate-limited, and the message. */
    public static void answer(Context ctx, ReaderException e) {
        Duration retry = e.retryAfter();
        if (retry != null) ctx.header("Retry-After", Long.toString(Math.max(1, retry.toSeconds())));
        ctx.status(status(e)).contentType("text/plain; charset=utf-8").result(e.getMessage());
    }

    /** The handler, with a reader's failure answered as {@link #answer} does. */
    public static Handler answering(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (ReaderException e) {
                answer(ctx, e);
            }
        };
    }
}
