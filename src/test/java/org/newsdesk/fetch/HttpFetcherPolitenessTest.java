package org.newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpFetcherPolitenessTest {

    private static final Duration HOST_DELAY = Duration.ofMillis(300);

    private final LocalServer server = LocalServer.start();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final List<long[]> spans = new CopyOnWriteArrayList<>();

    HttpFetcherPolitenessTest() throws IOException {
        server.on("/", exchange -> {
            long start = System.nanoTime();
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            HttpFetcherLimitsTest.sleep(150);
            running.decrementAndGet();
            spans.add(new long[] {start, System.nanoTime()});
            LocalServer.respond(exchange, 200, "text/plain", "ok".getBytes());
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static void fetchAtOnce(HttpFetcher fetcher, URI first, URI second) throws Exception {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<FetchResult> a = threads.submit(() -> fetcher.fetch(FetchRequest.feed(first)));
            Future<FetchResult> b = threads.submit(() -> fetcher.fetch(FetchRequest.feed(second)));
            assertThat(a.get().text()).isEqualTo("ok");
            assertThat(b.get().text()).isEqualTo("ok");
        }
    }

    @Test
    void requestsToOneHostRunOneAtATimeWithTheDelayBetween() throws Exception {
        try (HttpFetcher fetcher = new HttpFetcher(HttpFetcherTest.LOCAL.withHostDelay(HOST_DELAY), Clock.systemUTC())) {
            fetchAtOnce(fetcher, server.url("/a"), server.url("/b"));
        }

        assertThat(mostAtOnce.get()).isEqualTo(1);
        List<long[]> sorted = spans.stream().sorted((x, y) -> Long.compare(x[0], y[0])).toList();
        long gap = sorted.get(1)[0] - sorted.get(0)[1];
        assertThat(Duration.ofNanos(gap)).isGreaterThanOrEqualTo(HOST_DELAY);
    }

    @Test
    void differentHostsAreFetchedInParallel() throws Exception {
        FetchSettings settings = HttpFetcherTest.LOCAL.withHostDelay(Duration.ofSeconds(5))
                .withAddressPolicy(AddressPolicy.allowing(List.of("127.0.0.1", "::1")));
        long start = System.nanoTime();
        try (HttpFetcher fetcher = new HttpFetcher(settings, Clock.systemUTC())) {
            // Two names of one machine are two hosts to the throttle.
            fetchAtOnce(fetcher, server.url("/a"), URI.create("http://localhost:" + server.port() + "/b"));
        }

        assertThat(mostAtOnce.get()).isEqualTo(2);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
}
