package org.newsdesk.fetch;

import org.newsdesk.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpFetcherRetryTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

    private final LocalServer server = LocalServer.start();
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final HttpFetcher fetcher = new HttpFetcher(HttpFetcherTest.LOCAL, new MutableClock(NOW), sleeps::add);

    HttpFetcherRetryTest() throws IOException {
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    /** Answers with the given statuses in turn, then 200. */
    private static HttpHandler failing(String retryAfter, int... statuses) {
        AtomicInteger calls = new AtomicInteger();
        return exchange -> {
            int call = calls.getAndIncrement();
            if (call < statuses.length) {
                String[] headers = retryAfter == null ? new String[0] : new String[] {"Retry-After", retryAfter};
                LocalServer.respond(exchange, statuses[call], "text/plain", "busy".getBytes(StandardCharsets.UTF_8),
                        headers);
            } else {
                LocalServer.respond(exchange, 200, "text/plain", "fine".getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    @Test
    void retriesAfterTheWaitTheServerAsksFor() {
        server.on("/feed", failing("3", 503));

        FetchResult result = fetcher.fetch(FetchRequest.feed(server.url("/feed")));

        assertThat(result.text()).isEqualTo("fine");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
        assertThat(server.received("/feed")).hasSize(2);
    }

    @Test
    void backsOffExponentiallyWithoutRetryAfter() {
        server.on("/feed", failing(null, 500, 502));

        assertThat(fetcher.fetch(FetchRequest.feed(server.url("/feed"))).text()).isEqualTo("fine");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void givesUpAfterTwoRetries() {
        server.on("/feed", failing(null, 500, 500, 500));

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch(FetchRequest.feed(server.url("/feed"))));

        assertThat(e.reason()).isEqualTo(FetchException.Reason.HTTP_ERROR);
        assertThat(e.status()).isEqualTo(500);
        assertThat(e.getMessage()).isEqualTo("the server at " + server.url("/feed")
                + " answered 500 Internal Server Error");
        assertThat(server.received("/feed")).hasSize(3);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void longRateLimitIsLeftToTheScheduler() {
        server.on("/feed", failing("120", 429));

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch(FetchRequest.feed(server.url("/feed"))));

        assertThat(e.reason()).isEqualTo(FetchException.Reason.RATE_LIMITED);
        assertThat(e.status()).isEqualTo(429);
        assertThat(e.retryAfter()).isEqualTo(NOW.plusSeconds(120));
        assertThat(e.getMessage()).isEqualTo("the server at " + server.url("/feed")
                + " answered 429 Too Many Requests and asks to wait until 2025-03-01T12:02:00Z");
        assertThat(sleeps).isEmpty();
        assertThat(server.received("/feed")).hasSize(1);
    }

    @Test
    void retryAfterAsHttpDateIsHonoured() {
        server.on("/feed", failing("Sat, 01 Mar 2025 12:00:20 GMT", 503));

        assertThat(fetcher.fetch(FetchRequest.feed(server.url("/feed"))).text()).isEqualTo("fine");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(20));
    }

    @Test
    void distantHttpDateFailsWithTheDate() {
        server.on("/feed", failing("Sat, 01 Mar 2025 13:00:00 GMT", 503));

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch(FetchRequest.feed(server.url("/feed"))));

        assertThat(e.reason()).isEqualTo(FetchException.Reason.HTTP_ERROR);
        assertThat(e.retryAfter()).isEqualTo(Instant.parse("2025-03-01T13:00:00Z"));
        assertThat(sleeps).isEmpty();
    }

    @Test
    void clientErrorsAreNotRetried() {
        server.on("/feed", failing(null, 410));

        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch(FetchRequest.feed(server.url("/feed"))));

        assertThat(e.getMessage()).endsWith("answered 410 Gone");
        assertThat(server.received("/feed")).hasSize(1);
        assertThat(sleeps).isEmpty();
    }
}
