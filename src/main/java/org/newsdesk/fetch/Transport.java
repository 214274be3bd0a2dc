package org.newsdesk.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP exchange within the limits: the address guard, the host's turn, the headers, the whole-response
 * deadline and the size cap. Redirects, retries and robots.txt are the caller's. Thread-safe.
 */
final class Transport implements AutoCloseable {

    /** One answer: for anything but 2xx the body is empty (it was discarded unread). */
    record Answer(int status, HttpHeaders headers, byte[] body) {
        @Nullable String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(Transport.class);
    private static final byte[] EMPTY = new byte[0];

    private final FetchSettings settings;
    private final HostThrottle throttle;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient client;
    // Closes a body stream when its deadline passes: the JDK client's own timeout stops at the headers.
    private final ScheduledThreadPoolExecutor deadlines;

    Transport(FetchSettings settings) {
        this.settings = settings;
        this.throttle = new HostThrottle(settings.hostDelay());
        this.client = HttpClient.newBuilder()
                .executor(executor)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER) // every hop must pass the address guard
                .build();
        this.deadlines = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "newsdesk-fetch-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        deadlines.setRemoveOnCancelPolicy(true);
    }

    /**
     * Sends one GET.
     *
     * @param credentials a {@code Basic} user info ("user:password") to send, or null
     */
    Answer send(URI url, FetchRequest request, @Nullable String credentials) {
        settings.addressPolicy().check(url);
        HttpRequest httpRequest = build(url, request, credentials);
        try {
            HostThrottle.Permit permit = throttle.acquire(url.getHost());
            long started = System.nanoTime(); // the exchange alone, not the wait for the host's turn
            Answer answer;
            try {
                answer = exchange(url, httpRequest);
            } finally {
                permit.close();
            }
            log.debug("http get url={} status={} bytes={} duration_ms={}", RedactedUrl.of(url), answer.status(),
                    answer.body().length, (System.nanoTime() - started) / 1_000_000);
            return answer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(FetchException.Reason.UNREACHABLE, url,
                    "the fetch of " + RedactedUrl.of(url) + " was interrupted", e);
        }
    }

    private HttpRequest build(URI url, FetchRequest request, @Nullable String credentials) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url)
                .GET()
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", request.purpose().accept())
                .header("Accept-Encoding", "gzip, deflate");
        if ("http".equalsIgnoreCase(url.getScheme())) {
            // Plain HTTP/2 starts with an h2c upgrade request that some old servers answer badly.
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        if (request.etag() != null) builder.header("If-None-Match", request.etag());
        if (request.lastModified() != null) builder.header("If-Modified-Since", request.lastModified());
        if (credentials != null) {
            builder.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder.build();
    }

    private Answer exchange(URI url, HttpRequest httpRequest) throws InterruptedException {
        long deadline = System.nanoTime() + settings.readTimeout().toNanos();
        HttpResponse<InputStream> response;
        try {
            response = client.send(httpRequest, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw failure(url, e);
        }
        InputStream body = response.body();
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            closeQuietly(body);
            return new Answer(status, response.headers(), EMPTY);
        }
        ScheduledFuture<?> alarm =
                deadlines.schedule(() -> closeQuietly(body), deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        try {
            long announced = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            BoundedBody.checkAnnouncedLength(announced, settings.maxBytes(), url);
            String encoding = response.headers().firstValue("Content-Encoding").orElse(null);
            byte[] bytes = BoundedBody.read(body, encoding, settings.maxBytes(), url);
            return new Answer(status, response.headers(), bytes);
        } catch (IOException e) {
            if (alarm.isDone() || System.nanoTime() - deadline >= 0) throw readTimeout(url, e);
            throw failure(url, e);
        } finally {
            alarm.cancel(false);
            closeQuietly(body);
        }
    }

    private FetchException failure(URI url, IOException e) {
        String shown = RedactedUrl.of(url);
        if (e instanceof HttpConnectTimeoutException) {
            return new FetchException(FetchException.Reason.TIMEOUT, url, "could not connect to " + hostAndPort(url)
                    + " within " + seconds(settings.connectTimeout()) + " to fetch " + shown, e);
        }
        if (e instanceof HttpTimeoutException) return readTimeout(url, e);
        if (e instanceof ConnectException) {
            String why = e.getMessage() == null || e.getMessage().toLowerCase(Locale.ROOT).contains("refused")
                    ? "the connection was refused" : e.getMessage();
            return new FetchException(FetchException.Reason.UNREACHABLE, url,
                    "could not connect to " + hostAndPort(url) + " to fetch " + shown + ": " + why, e);
        }
        if (e instanceof SSLException) {
            return new FetchException(FetchException.Reason.UNREACHABLE, url,
                    "the secure connection to " + hostAndPort(url) + " failed: " + e.getMessage(), e);
        }
        return new FetchException(FetchException.Reason.UNREACHABLE, url,
                "the connection to " + hostAndPort(url) + " failed while fetching " + shown + ": "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
    }

    private FetchException readTimeout(URI url, IOException e) {
        return new FetchException(FetchException.Reason.TIMEOUT, url, "no complete response from "
                + RedactedUrl.of(url) + " within " + seconds(settings.readTimeout()), e);
    }

    private static String hostAndPort(URI url) {
        int port = url.getPort() >= 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        return url.getHost() + ":" + port;
    }

    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // Nothing to do: the stream is being thrown away.
        }
    }

    @Override
    public void close() {
        client.shutdownNow();
        deadlines.shutdownNow();
        executor.shutdownNow();
    }
}
