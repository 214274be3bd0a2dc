package org.newsdesk.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a fetch brought back. The body array is shared, not copied (it can be megabytes): do not modify it.
 *
 * @param requestedUrl the URL asked for
 * @param finalUrl     the URL that answered, after redirects
 * @param notModified  true when the server answered 304 to a conditional request; the body is then empty
 * @param body         the decompressed body bytes, at most {@link FetchSettings#maxBytes()}
 * @param contentType  the {@code Content-Type} header as sent, parameters included
 * @param etag         the validator for the next conditional request (the request's own when a 304 gave none)
 * @param lastModified the validator for the next conditional request (the request's own when a 304 gave none)
 * @param elapsed      the time from the first request to the last byte, redirects and retries included
 */
public record FetchResult(
        URI requestedUrl,
        URI finalUrl,
        int status,
        boolean notModified,
        byte[] body,
        @Nullable String contentType,
        @Nullable String etag,
        @Nullable String lastModified,
        Duration elapsed) {

    public FetchResult {
        Objects.requireNonNull(requestedUrl, "requestedUrl");
        Objects.requireNonNull(finalUrl, "finalUrl");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(elapsed, "elapsed");
        if (status < 100 || status > 599) throw new IllegalArgumentException("status must be 100..599, was " + status);
        if (notModified && body.length > 0) throw new IllegalArgumentException("a 304 result carries no body");
    }

    /**
     * The body's character set: a byte order mark, else the {@code Content-Type} charset, else the document's own
     * declaration ({@code <meta charset>} / {@code <meta http-equiv>} for HTML, the XML prolog's encoding), else UTF-8.
     */
    public Charset charset() {
        return CharsetDetector.detect(body, contentType);
    }

    /** The body as text in {@link #charset()}, without a byte order mark; bad bytes become U+FFFD, never an error. */
    public String text() {
        return CharsetDetector.decode(body, charset());
    }

    /** The media type without parameters, lower case ({@code text/html}), or null when the server sent none. */
    public @Nullable String mediaType() {
        return CharsetDetector.mediaType(contentType);
    }
}
