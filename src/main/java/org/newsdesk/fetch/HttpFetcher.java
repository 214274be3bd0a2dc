package org.newsdesk.fetch;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP client of Newsdesk, for feeds, pages and robots.txt. It follows redirects itself so that every hop
 * passes the address guard, obeys robots.txt for pages, retries 429 and 5xx answers when the wait is short, and
 * keeps to one request at a time per host. Thread-safe: share one instance; {@link #close()} it on shutdown.
 */
public final class HttpFetcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HttpFetcher.class);
    private static final Duration ROBOTS_TTL = Duration.ofHours(1);
    private static final Duration RETRY_BASE = Duration.ofSeconds(1);
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final FetchSettings settings;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Transport transport;
    private final RobotsCache robots;

    public HttpFetcher(FetchSettings settings, Clock clock) {
        this(settings, clock, Thread::sleep);
    }

    HttpFetcher(FetchSettings settings, Clock clock, Sleeper sleeper) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.transport = new Transport(settings);
        this.robots = new RobotsCache(clock, ROBOTS_TTL, this::loadRobots);
    }

    /**
     * Fetches a URL.
     *
     * @throws FetchException when no usable response came back; its reason says why and its message says it for people
     */
    public FetchResult fetch(FetchRequest request) {
        Objects.requireNonNull(request, "request");
        return fetch(request, settings.maxRetries());
    }

    private FetchResult fetch(FetchRequest request, int maxRetries) {
        long started = System.nanoTime();
        URI url = FetchableUrl.of(request.url());
        try {
            FetchResult result = retrying(request, url, maxRetries, started);
            log.debug("fetched url={} final_url={} status={} bytes={} duration_ms={}", RedactedUrl.of(url),
                    RedactedUrl.of(result.finalUrl()), result.status(), result.body().length,
                    result.elapsed().toMillis());
            return result;
        } catch (FetchException e) {
            log.debug("fetch failed url={} reason={} status={} duration_ms={}", RedactedUrl.of(url), e.reason(),
                    e.status(), (System.nanoTime() - started) / 1_000_000);
            throw e;
        }
    }

    private FetchResult retrying(FetchRequest request, URI url, int maxRetries, long started) {
        for (int attempt = 0; ; attempt++) {
            try {
                return following(request, url, started);
            } catch (FetchException e) {
                boolean retryable = e.status() == 429 || e.status() >= 500;
                Duration wait = e.retryAfter() != null
                        ? nonNegative(Duration.between(clock.instant(), e.retryAfter()))
                        : RETRY_BASE.multipliedBy(1L << Math.min(attempt, 20));
                if (!retryable || attempt >= maxRetries || wait.compareTo(settings.maxRetryWait()) > 0) throw e;
                log.debug("retrying url={} status={} wait_ms={}", RedactedUrl.of(e.url()), e.status(), wait.toMillis());
                pause(wait, url);
            }
        }
    }

    /** Follows redirects by hand, checking each hop's address (in the transport) and, for pages, robots.txt. */
    private FetchResult following(FetchRequest request, URI url, long started) {
        String credentials = request.url().getUserInfo();
        Set<URI> seen = new HashSet<>();
        URI hop = url;
        seen.add(hop);
        for (int redirects = 0; ; redirects++) {
            if (request.purpose() == Purpose.PAGE) obeyRobots(hop);
            boolean sameOrigin = RobotsCache.origin(hop).equals(RobotsCache.origin(url));
            Transport.Answer answer = transport.send(hop, request, sameOrigin ? credentials : null);
            String location = answer.header("Location");
            if (!REDIRECTS.contains(answer.status()) || location == null) {
                return result(request, hop, answer, started);
            }
            URI next = FetchableUrl.redirect(hop, location);
            if (!seen.add(next)) {
                throw new FetchException(FetchException.Reason.TOO_MANY_REDIRECTS, hop, "the redirects from "
                        + RedactedUrl.of(url) + " loop: " + RedactedUrl.of(hop) + " leads back to "
                        + RedactedUrl.of(next));
            }
            if (redirects >= settings.maxRedirects()) {
                throw new FetchException(FetchException.Reason.TOO_MANY_REDIRECTS, hop, "more than "
                        + settings.maxRedirects() + " redirects from " + RedactedUrl.of(url));
            }
            hop = next;
        }
    }

    private FetchResult result(FetchRequest request, URI hop, Transport.Answer answer, long started) {
        int status = answer.status();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        String etag = answer.header("ETag");
        String lastModified = answer.header("Last-Modified");
        if (status == 304) {
            return new FetchResult(request.url(), hop, status, true, answer.body(), answer.header("Content-Type"),
                    etag != null ? etag : request.etag(), lastModified != null ? lastModified : request.lastModified(),
                    elapsed);
        }
        if (status >= 200 && status <= 299) {
            return new FetchResult(request.url(), hop, status, false, answer.body(), answer.header("Content-Type"),
                    etag, lastModified, elapsed);
        }
        Instant retryAfter = RetryAfter.parse(answer.header("Retry-After"), clock.instant());
        String message = "the server at " + RedactedUrl.of(hop) + " answered " + StatusLine.describe(status)
                + (retryAfter == null ? "" : " and asks to wait until " + retryAfter);
        FetchException.Reason reason =
                status == 429 ? FetchException.Reason.RATE_LIMITED : FetchException.Reason.HTTP_ERROR;
        throw new FetchException(reason, hop, message, status, retryAfter, null);
    }

    private void obeyRobots(URI url) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        String pathAndQuery = url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
        if (!robots.rulesFor(url).allows(pathAndQuery)) {
            throw new FetchException(FetchException.Reason.ROBOTS_DISALLOWED, url, "the robots.txt of "
                    + url.getHost() + " does not allow " + FetchSettings.PRODUCT_TOKEN + " to fetch "
                    + RedactedUrl.of(url));
        }
    }

    /** A site without a readable robots.txt (missing, 5xx, unreachable, too large) lets us fetch everything. */
    private RobotsRules loadRobots(URI robotsUrl) {
        try {
            FetchResult result = fetch(FetchRequest.robots(robotsUrl), 0);
            return RobotsRules.parse(result.text(), FetchSettings.PRODUCT_TOKEN);
        } catch (FetchException e) {
            if (Thread.currentThread().isInterrupted()) throw e;
            log.debug("robots.txt unavailable, allowing all url={} reason={}", RedactedUrl.of(robotsUrl), e.reason());
            return RobotsRules.allowAll();
        }
    }

    private void pause(Duration wait, URI url) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(FetchException.Reason.UNREACHABLE, url,
                    "the fetch of " + RedactedUrl.of(url) + " was interrupted", e);
        }
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }

    @Override
    public void close() {
        transport.close();
    }
}
