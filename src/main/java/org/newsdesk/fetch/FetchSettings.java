package org.newsdesk.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How the fetcher behaves: identity, limits and politeness.
 *
 * @param readTimeout  the deadline for one whole response, from sending the request to its last byte
 * @param maxBytes     the largest body accepted, counted after decompression
 * @param hostDelay    the least time between the end of one request and the start of the next to the same host
 * @param maxRetries   how many times a 429 or 5xx answer is retried
 * @param maxRetryWait the longest wait before a retry; when the server asks for longer, the fetch fails instead
 *                     and the caller reschedules from {@link FetchException#retryAfter()}
 */
public record FetchSettings(
        String userAgent,
        Duration connectTimeout,
        Duration readTimeout,
        long maxBytes,
        int maxRedirects,
        Duration hostDelay,
        int maxRetries,
        Duration maxRetryWait,
        AddressPolicy addressPolicy) {

    /** The product token robots.txt groups are matched against. */
    public static final String PRODUCT_TOKEN = "Newsdesk";

    public static final String DEFAULT_USER_AGENT =
            "Newsdesk/0.1 (+https://github.com/newsdesk/newsdesk; self-hosted news reader)";

    public FetchSettings {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(addressPolicy, "addressPolicy");
        if (userAgent.isBlank()) throw new IllegalArgumentException("userAgent must not be blank");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        Objects.requireNonNull(hostDelay, "hostDelay");
        Objects.requireNonNull(maxRetryWait, "maxRetryWait");
        if (hostDelay.isNegative()) throw new IllegalArgumentException("hostDelay must not be negative");
        if (maxRetryWait.isNegative()) throw new IllegalArgumentException("maxRetryWait must not be negative");
        if (maxBytes < 1) throw new IllegalArgumentException("maxBytes must be at least 1, was " + maxBytes);
        if (maxRedirects < 0) throw new IllegalArgumentException("maxRedirects must not be negative");
        if (maxRetries < 0) throw new IllegalArgumentException("maxRetries must not be negative");
    }

    public static FetchSettings defaults() {
        return new FetchSettings(DEFAULT_USER_AGENT, Duration.ofSeconds(10), Duration.ofSeconds(30),
                10L * 1024 * 1024, 5, Duration.ofSeconds(1), 2, Duration.ofSeconds(30), AddressPolicy.publicOnly());
    }

    public FetchSettings withAddressPolicy(AddressPolicy policy) {
        return new FetchSettings(userAgent, connectTimeout, readTimeout, maxBytes, maxRedirects, hostDelay,
                maxRetries, maxRetryWait, policy);
    }

    public FetchSettings withHostDelay(Duration delay) {
        return new FetchSettings(userAgent, connectTimeout, readTimeout, maxBytes, maxRedirects, delay,
                maxRetries, maxRetryWait, addressPolicy);
    }

    public FetchSettings withTimeouts(Duration connect, Duration read) {
        return new FetchSettings(userAgent, connect, read, maxBytes, maxRedirects, hostDelay,
                maxRetries, maxRetryWait, addressPolicy);
    }

    public FetchSettings withMaxBytes(long bytes) {
        return new FetchSettings(userAgent, connectTimeout, readTimeout, bytes, maxRedirects, hostDelay,
                maxRetries, maxRetryWait, addressPolicy);
    }

    public FetchSettings withRetries(int retries, Duration maxWait) {
        return new FetchSettings(userAgent, connectTimeout, readTimeout, maxBytes, maxRedirects, hostDelay,
                retries, maxWait, addressPolicy);
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isZero() || value.isNegative()) throw new IllegalArgumentException(name + " must be positive");
    }
}
