package org.newsdesk.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A fetch that did not bring back a usable response. The message is meant for people (it is shown on the source's
 * page) and is safe to log: URLs in it carry no user info or secret query values.
 */
public final class FetchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Stable causes, for the scheduler to decide on back-off and for the interface to explain. */
    public enum Reason {
        /** The host resolves to an address the address policy refuses (loopback, private…). */
        BLOCKED_ADDRESS,
        /** Not an absolute http or https URL, or a redirect to one. */
        INVALID_URL,
        /** The host could not be found or connected to, or the connection broke. */
        UNREACHABLE,
        /** No connection or no complete response in time. */
        TIMEOUT,
        /** The body is over the size limit. */
        TOO_LARGE,
        /** A redirect loop or more redirects than allowed. */
        TOO_MANY_REDIRECTS,
        /** The server answered with an error status. */
        HTTP_ERROR,
        /** The server answered 429 Too Many Requests; see {@link #retryAfter()}. */
        RATE_LIMITED,
        /** The site's robots.txt does not let Newsdesk fetch the page. */
        ROBOTS_DISALLOWED
    }

    private final Reason reason;
    private final URI url;
    private final @Nullable Instant retryAfter;
    private final int status;

    public FetchException(Reason reason, URI url, String message) {
        this(reason, url, message, 0, null, null);
    }

    public FetchException(Reason reason, URI url, String message, @Nullable Throwable cause) {
        this(reason, url, message, 0, null, cause);
    }

    public FetchException(Reason reason, URI url, String message, int status, @Nullable Instant retryAfter,
            @Nullable Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.url = RedactedUrl.withoutUserInfo(Objects.requireNonNull(url, "url"));
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public Reason reason() {
        return reason;
    }

    /** The URL that failed (after redirects, the hop that failed), without user info. */
    public URI url() {
        return url;
    }

    /** When the server asked us to come back (Retry-After), if it did. */
    public @Nullable Instant retryAfter() {
        return retryAfter;
    }

    /** The HTTP status that caused the failure, or 0 when there was no response. */
    public int status() {
        return status;
    }
}
