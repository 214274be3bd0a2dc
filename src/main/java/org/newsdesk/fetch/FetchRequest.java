package org.newsdesk.fetch;

import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One URL to fetch.
 *
 * @param etag         the {@code ETag} of the copy already held, sent as {@code If-None-Match}
 * @param lastModified the {@code Last-Modified} of the copy already held, sent as {@code If-Modified-Since}
 */
public record FetchRequest(URI url, Purpose purpose, @Nullable String etag, @Nullable String lastModified) {

    public FetchRequest {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(purpose, "purpose");
        if (etag != null && etag.isBlank()) etag = null;
        if (lastModified != null && lastModified.isBlank()) lastModified = null;
    }

    public static FetchRequest feed(URI url) {
        return new FetchRequest(url, Purpose.FEED, null, null);
    }

    /** A conditional feed request: the server may answer 304 when nothing changed. */
    public static FetchRequest feed(URI url, @Nullable String etag, @Nullable String lastModified) {
        return new FetchRequest(url, Purpose.FEED, etag, lastModified);
    }

    public static FetchRequest page(URI url) {
        return new FetchRequest(url, Purpose.PAGE, null, null);
    }

    public static FetchRequest robots(URI url) {
        return new FetchRequest(url, Purpose.ROBOTS, null, null);
    }

    /** True when the request carries a validator, so a 304 answer is expected and welcome. */
    public boolean conditional() {
        return etag != null || lastModified != null;
    }
}
